package org.salessequences.domain.model.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-recipient fields of an RFC 3464 {@code message/delivery-status} body (or of the same fields a server put
 * in plain text), read leniently: field names in any case, folded lines, blank lines between or inside blocks,
 * the address type ({@code rfc822;}) optional.
 */
public final class DeliveryStatus {

    /** What the report says of one recipient; {@code action} lower case, any field may be {@code null}. */
    public record Recipient(String address, String action, String status, String diagnostic) {

        /** The server gave up on the recipient: {@code failed}, or {@code expired} (RFC 3464's give-up on time). */
        public boolean failed() {
            if (action == null) {
                return status != null && status.startsWith("5");
            }
            return action.startsWith("failed") || action.startsWith("expired")
                    || (!action.startsWith("delayed") && !action.startsWith("delivered")
                    && !action.startsWith("relayed") && !action.startsWith("expanded")
                    && status != null && status.startsWith("5"));
        }

        public boolean delayed() {
            return action != null && action.startsWith("delayed");
        }
    }

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)$");
    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?!\\.?\\d)");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>;\"(),]+@[^\\s<>;\"(),]+");

    private DeliveryStatus() {
    }

    /** Whether the text carries delivery-status fields at all. */
    public static boolean looksLikeOne(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.contains("final-recipient:") || lower.contains("original-recipient:"))
                && (lower.contains("action:") || lower.contains("status:"));
    }

    /** The recipients the text reports on, in order. */
    public static List<Recipient> recipients(String text) {
        List<Recipient> recipients = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\\r?\\n")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null && !line.isBlank()) {
                fields.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            Matcher field = FIELD.matcher(line.strip());
            if (!field.matches()) {
                continue;
            }
            String name = field.group(1).toLowerCase(Locale.ROOT);
            // A new recipient block starts at its Final-Recipient (or an Original-Recipient before one).
            if ((name.equals("final-recipient") && fields.containsKey("final-recipient"))
                    || (name.equals("original-recipient") && (fields.containsKey("original-recipient")
                    || fields.containsKey("final-recipient")))) {
                add(recipients, fields);
                fields.clear();
            }
            fields.putIfAbsent(name, field.group(2).strip());
            last = name;
        }
        add(recipients, fields);
        return recipients;
    }

    private static void add(List<Recipient> recipients, Map<String, String> fields) {
        String address = address(fields.get("final-recipient"));
        if (address == null) {
            address = address(fields.get("original-recipient"));
        }
        if (address == null && fields.get("action") == null) {
            return;
        }
        String action = fields.get("action");
        recipients.add(new Recipient(address, action == null || action.isBlank() ? null
                : action.strip().toLowerCase(Locale.ROOT), status(fields.get("status")), fields.get("diagnostic-code")));
    }

    /** The first enhanced status code in a text ({@code 5.1.1}), or {@code null}. */
    public static String status(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = STATUS.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static String address(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = ADDRESS.matcher(value);
        return matcher.find() ? Addresses.clean(matcher.group()) : null;
    }
}
