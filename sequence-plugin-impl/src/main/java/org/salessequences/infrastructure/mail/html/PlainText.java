package org.salessequences.infrastructure.mail.html;

/**
 * The plain-text alternative being written, for clients and filters that read text: runs of white space become one
 * space, line breaks and paragraph ends are kept (at most one blank line in a row), links read {@code text (url)}.
 * Every call is linear in what it is given.
 */
final class PlainText {

    private static final int MAX_NEWLINES = 2;

    private final StringBuilder out = new StringBuilder();
    private StringBuilder label;
    private String target;
    private boolean space;
    private int newlines;
    private boolean separate;

    /**
     * Text written from now on starts after a {@code --} line, as below a signature delimiter: our footer stands apart
     * from what the rep wrote. Nothing is written when no text follows (an appendix that is only the open pixel).
     */
    void separateWhatFollows() {
        separate = true;
    }

    /** Text content, character references already decoded. */
    void text(CharSequence decoded) {
        if (label != null) {
            label.append(decoded);
            return;
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (separate) {
                    separate = false;
                    out.append("--\n");
                    newlines = 1;
                }
                if (space && newlines == 0 && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
                newlines = 0;
            }
        }
    }

    void lineBreak() {
        if (label != null) {
            label.append(' ');
            return;
        }
        space = false;
        if (out.length() > 0 && newlines < MAX_NEWLINES) {
            out.append('\n');
            newlines++;
        }
    }

    /** The end of a paragraph or another block: a blank line. */
    void blockEnd() {
        lineBreak();
        lineBreak();
    }

    /** A link opens; its text is collected until {@link #linkEnd()}. An open link is closed first. */
    void linkStart(String url) {
        linkEnd();
        label = new StringBuilder();
        target = url;
    }

    /** The open link, if any, is written: its text and target, or only the target when they say the same. */
    void linkEnd() {
        if (label == null) {
            return;
        }
        StringBuilder written = label;
        label = null;
        String text = collapsed(written);
        // White space at either end of a link's text still separates it from the words around it.
        space |= written.length() > 0 && isSpace(written.charAt(0));
        text(text.isEmpty() || text.equals(target) ? target : text + " (" + target + ")");
        space = written.length() > 0 && isSpace(written.charAt(written.length() - 1));
    }

    /** The text written, an open link closed; trailing blank lines are dropped. */
    String finish() {
        linkEnd();
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    private static String collapsed(CharSequence text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pending = collapsed.length() > 0;
            } else {
                if (pending) {
                    collapsed.append(' ');
                    pending = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** HTML's white space, and the no-break space that {@code &nbsp;} decodes to. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }
}
