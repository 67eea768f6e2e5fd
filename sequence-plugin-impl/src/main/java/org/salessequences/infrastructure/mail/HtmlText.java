package org.salessequences.infrastructure.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text alternative of an HTML body, for clients and filters that read text: paragraphs and line breaks
 * kept, links written as {@code text (url)}, every other tag dropped and entities decoded.
 */
final class HtmlText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern HIDDEN = Pattern.compile("<(style|script|head)\\b.*?</\\1\\s*>", FLAGS);
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\bhref\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>",
            FLAGS);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", FLAGS);
    private static final Pattern BLOCK_END = Pattern.compile("</(p|div|h[1-6]|li|tr|table|blockquote)\\s*>", FLAGS);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", FLAGS);
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    // Compiled once: String.replaceAll compiles its pattern on every call, and every email goes through here.
    private static final Pattern SOURCE_LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern SPACES_AROUND_LINE_BREAK = Pattern.compile(" *\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private HtmlText() {
    }

    static String of(String html) {
        String text = HIDDEN.matcher(html).replaceAll("");
        text = SOURCE_LINE_BREAKS.matcher(text).replaceAll(" ");
        Matcher links = LINK.matcher(text);
        StringBuilder withLinks = new StringBuilder();
        while (links.find()) {
            String label = TAG.matcher(links.group(3)).replaceAll("").strip();
            String url = links.group(2);
            String replacement = label.isEmpty() || label.equals(url) ? url : label + " (" + url + ")";
            links.appendReplacement(withLinks, Matcher.quoteReplacement(replacement));
        }
        links.appendTail(withLinks);
        text = LINE_BREAK.matcher(withLinks).replaceAll("\n");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        text = SPACES.matcher(text).replaceAll(" ");
        text = SPACES_AROUND_LINE_BREAK.matcher(text).replaceAll("\n");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    private static String decode(String text) {
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int code;
            try {
                code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                code = '?';
            }
            numeric.appendReplacement(out, Matcher.quoteReplacement(
                    Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "?"));
        }
        numeric.appendTail(out);
        return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
