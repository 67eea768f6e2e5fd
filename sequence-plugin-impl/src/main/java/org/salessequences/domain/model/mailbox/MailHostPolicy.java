package org.salessequences.domain.model.mailbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a rep's mailbox may connect ({@code sequences.mail.allowed-hosts}): a mail server that resolves to a public
 * address, on a port of its protocol ({@link MailProtocol}). A server on a {@linkplain RestrictedAddresses
 * restricted} address, or on another port, needs an entry in the allowed hosts:
 * <ul>
 *   <li>a host name ({@code mail.internal}) allows that name whatever it resolves to, on any port;</li>
 *   <li>an address ({@code 10.0.0.5}, {@code ::1} or {@code [::1]}) allows servers resolving to it, on any port;</li>
 *   <li>either with {@code :port} ({@code mail.internal:2525}, {@code [::1]:3025}) allows that port only.</li>
 * </ul>
 * Checked when the rep saves the mailbox and again on every connection, against every address the name resolves
 * to, so that a name changed to point inside after saving is refused too. Thread-safe and immutable.
 */
public final class MailHostPolicy {

    /** Resolves a host name (or parses an address literal) to all its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a server is refused, and whether its host or its port is the reason. */
    public record Refusal(Field field, String reason) {
    }

    /** The part of the server setting that is refused. */
    public enum Field {
        HOST, PORT
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Entry> entries;
    private final Resolver resolver;

    private MailHostPolicy(List<Entry> entries, Resolver resolver) {
        this.entries = entries;
        this.resolver = resolver;
    }

    /**
     * @param allowedHosts the entries of {@code sequences.mail.allowed-hosts}
     * @throws IllegalArgumentException naming an entry that is not a host, an address or either with a port
     */
    public static MailHostPolicy of(Collection<String> allowedHosts, Resolver resolver) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : allowedHosts) {
            if (raw != null && !raw.isBlank()) {
                entries.add(Entry.parse(raw));
            }
        }
        return new MailHostPolicy(List.copyOf(entries), resolver);
    }

    /** With the system's resolver. */
    public static MailHostPolicy of(Collection<String> allowedHosts) {
        return of(allowedHosts, InetAddress::getAllByName);
    }

    /**
     * The check at save time: resolves the host and judges every address.
     *
     * @return why the server is refused, or empty when it may be used
     */
    public Optional<Refusal> refusal(MailProtocol protocol, String host, int port) {
        try {
            check(protocol, host, port, null);
            return Optional.empty();
        } catch (MailHostRefusedException e) {
            return Optional.of(e.refusal());
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal(Field.HOST, "no address was found for " + host));
        }
    }

    /**
     * The check at connect time.
     *
     * @param connecting the address about to be connected to, when already resolved (it is judged with the others)
     * @return the address to connect to: {@code connecting}, or the first address of the host
     * @throws MailHostRefusedException when the host or port is not allowed
     * @throws UnknownHostException     when the host has no address
     */
    public InetAddress check(MailProtocol protocol, String host, int port, InetAddress connecting)
            throws MailHostRefusedException, UnknownHostException {
        String name = normalise(host);
        Set<InetAddress> addresses = new LinkedHashSet<>();
        if (connecting != null) {
            addresses.add(connecting);
        }
        addresses.addAll(List.of(resolver.resolve(name.contains(":") ? "[" + name + "]" : name)));
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        if (entries.stream().noneMatch(entry -> entry.allowsName(name, port))) {
            for (InetAddress address : addresses) {
                boolean listed = entries.stream().anyMatch(entry -> entry.allowsAddress(address, port));
                if (!listed && RestrictedAddresses.isRestricted(address)) {
                    throw new MailHostRefusedException(new Refusal(Field.HOST, host
                            + (address.getHostAddress().equals(name) ? "" : " (" + address.getHostAddress() + ")")
                            + " is a loopback, private, link-local or multicast address; mail servers must be"
                            + " public unless the administrator allows them (sequences.mail.allowed-hosts)"));
                }
                if (!listed && !protocol.isMailPort(port)) {
                    throw new MailHostRefusedException(new Refusal(Field.PORT, protocol + " servers are reached on "
                            + protocol.mailPorts() + " unless the administrator allows the host on another port"
                            + " (sequences.mail.allowed-hosts)"));
                }
            }
        }
        return addresses.iterator().next();
    }

    /** Lower case, without the brackets of an IPv6 literal or the dot that ends a fully qualified name. */
    static String normalise(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** One entry of the allowed hosts: a name or an address, with a port or for any port. */
    private record Entry(String name, InetAddress address, Integer port) {

        static Entry parse(String raw) {
            String text = raw.strip().toLowerCase(Locale.ROOT);
            String host = text;
            Integer port = null;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0 || close + 1 < text.length() && text.charAt(close + 1) != ':') {
                    throw invalid(raw);
                }
                host = text.substring(1, close);
                port = close + 1 < text.length() ? port(raw, text.substring(close + 2)) : null;
            } else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':')) {
                host = text.substring(0, text.indexOf(':'));
                port = port(raw, text.substring(text.indexOf(':') + 1));
            }
            host = normalise(host);
            if (host.isEmpty()) {
                throw invalid(raw);
            }
            return new Entry(host, literal(raw, host), port);
        }

        boolean allowsName(String host, int port) {
            return address == null && name.equals(host) && (this.port == null || this.port == port);
        }

        boolean allowsAddress(InetAddress candidate, int port) {
            return address != null && address.equals(candidate) && (this.port == null || this.port == port);
        }

        /** The address of an IP literal, parsed without a lookup; {@code null} for a host name. */
        private static InetAddress literal(String raw, String host) {
            if (!host.contains(":") && !IPV4_LITERAL.matcher(host).matches()) {
                return null;
            }
            try {
                return InetAddress.getByName(host.contains(":") ? "[" + host + "]" : host);
            } catch (UnknownHostException e) {
                throw invalid(raw);
            }
        }

        private static Integer port(String raw, String text) {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65_535) {
                    throw invalid(raw);
                }
                return port;
            } catch (NumberFormatException e) {
                throw invalid(raw);
            }
        }

        private static IllegalArgumentException invalid(String raw) {
            return new IllegalArgumentException("sequences.mail.allowed-hosts: \"" + raw.strip()
                    + "\" is not a host name or address, with or without :port");
        }
    }
}
