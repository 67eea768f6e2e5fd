package org.salessequences.domain.model.inbound;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses as reports write them: in brackets, quoted, with trailing punctuation. */
public final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
                    + "[A-Za-z0-9])?)+");

    private Addresses() {
    }

    /** The first address in a text, lower case, or {@code null}. */
    public static String first(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ADDRESS.matcher(text);
        return matcher.find() ? clean(matcher.group()) : null;
    }

    /** Every address in a text, lower case, in order. */
    public static java.util.List<String> all(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            found.add(clean(matcher.group()));
        }
        return found;
    }

    static String clean(String address) {
        String trimmed = address.strip();
        while (!trimmed.isEmpty() && ".,;:>)]'\"".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        while (!trimmed.isEmpty() && "<([\"'".indexOf(trimmed.charAt(0)) >= 0) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** Mailboxes of mail systems (postmaster, MAILER-DAEMON) that are never the failed recipient. */
    public static boolean isSystem(String address) {
        String local = address.substring(0, Math.max(0, address.indexOf('@'))).toLowerCase(Locale.ROOT);
        return local.equals("postmaster") || local.equals("mailer-daemon") || local.equals("mailerdaemon")
                || local.startsWith("bounce") || local.equals("double-bounce") || local.equals("noreply")
                || local.equals("no-reply") || local.equals("root") || local.equals("abuse");
    }
}
