package org.salessequences.domain.model.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers in international E.164 form, the only form a text message can be addressed to without guessing. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    /** Spaces, dashes, dots and parentheses people write numbers with. */
    private static final Pattern DECORATION = Pattern.compile("[\\s\\-.()]");

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it is not an international number. */
    public static Optional<String> e164(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String compact = DECORATION.matcher(number.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
