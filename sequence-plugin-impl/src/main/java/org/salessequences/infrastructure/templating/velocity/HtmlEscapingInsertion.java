package org.salessequences.infrastructure.templating.velocity;

import java.util.Set;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes the values a template inserts into HTML, so that a contact named {@code <a href=...>} shows as text
 * in the rep's email and cannot add links or markup to it. References the rep owns as HTML (their signature) are
 * inserted as they are.
 */
final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {

    private final Set<String> trustedHtml;

    /** @param trustedHtml reference names inserted unescaped, e.g. {@code sender.signature} */
    HtmlEscapingInsertion(Set<String> trustedHtml) {
        this.trustedHtml = trustedHtml;
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || trustedHtml.contains(name(reference))) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** {@code $!{sender.signature|''}} is {@code sender.signature}. */
    static String name(String reference) {
        String name = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
        int alternate = name.indexOf('|');
        return (alternate < 0 ? name : name.substring(0, alternate)).strip();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
