package org.salessequences.infrastructure.mail.inbound;

import java.util.regex.Pattern;

import org.unbescape.html.HtmlEscape;

/** The words of an HTML part (tags and styles dropped, entities decoded), to look for a report's wording in. */
final class Html {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(style|script|head)[^>]*>.*?</\\1>");
    private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h\\d)[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Html() {
    }

    static String text(String html) {
        String text = HIDDEN.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        return HtmlEscape.unescapeHtml(text);
    }
}
