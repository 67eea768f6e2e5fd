package org.salessequences.infrastructure.mail.html;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.unbescape.html.HtmlEscape;

/**
 * One pass of the event parser over one piece of HTML. The source is copied to the output as it is, except the
 * targets of links ({@code <a href>}) that the rewriter replaces; text, line breaks, block ends and links go to the
 * plain text. The parser reports where each structure lies in the source, so nothing is scanned twice.
 */
final class EmailHtmlPass extends AbstractMarkupHandler {

    private static final MarkupParser PARSER = new MarkupParser(configuration());
    /** Elements whose content is never shown as text (a head's other elements hold none). */
    private static final Set<String> HIDDEN = Set.of("title", "style", "script");
    /** Elements after which a text reader expects a blank line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "blockquote");

    private final char[] source;
    private final UnaryOperator<String> linkTargets;
    private final PlainText text;
    private final StringBuilder html;
    /** How much of the source is in {@link #html} already. */
    private int copied;
    private String element;
    private String linkTarget;
    private boolean hrefSeen;
    private String hiddenUntil;
    private int bodyEnd = -1;

    /**
     * @param linkTargets given a link's target as a browser follows it, the target to write instead, or
     *                    {@code null} to keep the link as it is
     */
    EmailHtmlPass(String source, UnaryOperator<String> linkTargets, PlainText text) {
        this.source = source.toCharArray();
        this.linkTargets = linkTargets;
        this.text = text;
        this.html = new StringBuilder(source.length() + 256);
    }

    private static ParseConfiguration configuration() {
        ParseConfiguration configuration = ParseConfiguration.htmlConfiguration();
        // The markup is reported as written: no elements opened or closed that the rep did not write.
        configuration.setElementBalancing(ParseConfiguration.ElementBalancing.NO_BALANCING);
        return configuration;
    }

    /** Runs the pass: the output HTML. */
    StringBuilder run() {
        try {
            PARSER.parse(source, this);
        } catch (ParseException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() != null) {
                throw new IllegalStateException(e.getCause());
            }
            // A tag, comment or quoted value still open at the end: a browser shows nothing of it, so it adds no
            // text, and it is copied below as written.
        }
        text.linkEnd();
        html.append(source, copied, source.length - copied);
        return html;
    }

    /** Where in the output the last {@code </body>} starts, or -1 when there is none. */
    int bodyEnd() {
        return bodyEnd;
    }

    @Override
    public void handleOpenElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col) {
        startElement(buffer, nameOffset, nameLen);
    }

    @Override
    public void handleStandaloneElementStart(char[] buffer, int nameOffset, int nameLen, boolean minimized, int line,
                                             int col) {
        startElement(buffer, nameOffset, nameLen);
    }

    @Override
    public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                                int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
                                int valueContentOffset, int valueContentLen, int valueOuterOffset, int valueOuterLen,
                                int valueLine, int valueCol) {
        if (!"a".equals(element) || hrefSeen || !"href".equalsIgnoreCase(new String(buffer, nameOffset, nameLen))) {
            return;
        }
        // A browser follows the first href of a link and ignores any other.
        hrefSeen = true;
        String target = operatorLen == 0 ? ""
                : HtmlEscape.unescapeHtml(new String(buffer, valueContentOffset, valueContentLen)).strip();
        String replacement = operatorLen == 0 ? null : linkTargets.apply(target);
        linkTarget = replacement == null ? target : replacement;
        if (replacement == null) {
            return;
        }
        requireSource(buffer);
        String value = HtmlEscape.escapeHtml4Xml(replacement);
        if (valueOuterLen > valueContentLen) {
            copyTo(valueContentOffset);
            html.append(value);
            copied = valueContentOffset + valueContentLen;
        } else {
            // An unquoted value: quoted now, as the new one is written.
            copyTo(valueOuterOffset);
            html.append('"').append(value).append('"');
            copied = valueOuterOffset + valueOuterLen;
        }
    }

    @Override
    public void handleOpenElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col) {
        endStartTag(false);
    }

    @Override
    public void handleStandaloneElementEnd(char[] buffer, int nameOffset, int nameLen, boolean minimized, int line,
                                           int col) {
        endStartTag(true);
    }

    @Override
    public void handleCloseElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col) {
        closeElement(buffer, nameOffset, nameLen);
    }

    @Override
    public void handleUnmatchedCloseElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col) {
        closeElement(buffer, nameOffset, nameLen);
    }

    @Override
    public void handleText(char[] buffer, int offset, int len, int line, int col) {
        if (hiddenUntil == null) {
            text.text(HtmlEscape.unescapeHtml(new String(buffer, offset, len)));
        }
    }

    private void startElement(char[] buffer, int nameOffset, int nameLen) {
        element = name(buffer, nameOffset, nameLen);
        hrefSeen = false;
        linkTarget = null;
    }

    private void endStartTag(boolean standalone) {
        if (hiddenUntil == null) {
            if ("a".equals(element)) {
                // A link inside a link is not valid HTML: a browser ends the first where the second starts.
                text.linkEnd();
                if (linkTarget != null) {
                    text.linkStart(linkTarget);
                    if (standalone) {
                        text.linkEnd();
                    }
                }
            } else if ("br".equals(element)) {
                text.lineBreak();
            } else if (!standalone && HIDDEN.contains(element)) {
                hiddenUntil = element;
            }
        }
        element = null;
    }

    private void closeElement(char[] buffer, int nameOffset, int nameLen) {
        String name = name(buffer, nameOffset, nameLen);
        if (hiddenUntil != null) {
            if (hiddenUntil.equals(name)) {
                hiddenUntil = null;
            }
            return;
        }
        if ("a".equals(name)) {
            text.linkEnd();
        } else if (BLOCKS.contains(name)) {
            text.blockEnd();
        } else if ("body".equals(name)) {
            requireSource(buffer);
            // The tag starts with "</" right before its name.
            bodyEnd = html.length() + (nameOffset - 2 - copied);
        }
    }

    private void copyTo(int offset) {
        html.append(source, copied, offset - copied);
        copied = offset;
    }

    /** Offsets are into the source only while the parser reads the array it was given, as it does. */
    private void requireSource(char[] buffer) {
        if (buffer != source) {
            throw new IllegalStateException("the HTML parser reported offsets into a buffer of its own");
        }
    }

    private static String name(char[] buffer, int offset, int len) {
        return new String(buffer, offset, len).toLowerCase(Locale.ROOT);
    }
}
