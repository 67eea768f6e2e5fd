package org.salessequences.domain.model.mailbox;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom a sequence's emails may claim to come from ({@code sequences.mail.allowed-from-domains}): a step's
 * {@code from} and {@code replyTo} must be the owner's own mailbox address, or an address in one of the domains the
 * administrator allows (exact domains: {@code example.com} does not allow {@code sales.example.com}). Thread-safe
 * and immutable.
 */
public final class SenderAddresses {

    private final Set<String> allowedDomains;

    public SenderAddresses(Collection<String> allowedDomains) {
        this.allowedDomains = allowedDomains.stream().filter(domain -> domain != null && !domain.isBlank())
                .map(domain -> strip(domain.strip().toLowerCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code address} may be used by an owner whose mailbox address is {@code ownAddress} (may be null). */
    public boolean allows(String address, String ownAddress) {
        return address != null && (address.equalsIgnoreCase(ownAddress) || inAllowedDomain(address));
    }

    /** Whether the address is in one of the allowed domains. */
    public boolean inAllowedDomain(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at > 0 && allowedDomains.contains(strip(address.substring(at + 1).strip().toLowerCase(Locale.ROOT)));
    }

    private static String strip(String domain) {
        String withoutAt = domain.startsWith("@") ? domain.substring(1) : domain;
        return withoutAt.endsWith(".") ? withoutAt.substring(0, withoutAt.length() - 1) : withoutAt;
    }
}
