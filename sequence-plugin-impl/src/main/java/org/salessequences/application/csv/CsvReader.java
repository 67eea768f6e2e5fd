package org.salessequences.application.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: fields separated by commas, optionally quoted with {@code "}, a quote
 * inside a quoted field doubled, line breaks (CRLF or LF) inside quoted fields kept. Blank lines are skipped and a
 * leading byte order mark is ignored.
 *
 * <p>A malformed record is returned with its {@link CsvRecord#error() error} instead of failing the file, and
 * reading goes on after it. A quoted field that is never closed (or not within {@value #MAX_RECORD_CHARS}
 * characters) would otherwise swallow the rest of the file: that record alone is rejected and reading resumes on
 * the line after the one it started on. Memory is bounded by one record of at most {@value #MAX_RECORD_CHARS}
 * characters. Not thread-safe.
 */
public final class CsvReader {

    /** The longest record kept; longer ones are reported as malformed. */
    public static final int MAX_RECORD_CHARS = 65_536;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader in;
    /** Characters to read again before the stream: the rest of a record that was given up on. */
    private StringBuilder pending = new StringBuilder();
    private int pendingAt;
    private long line = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the input. */
    public CsvRecord next() throws IOException {
        while (true) {
            long startLine = line;
            StringBuilder raw = new StringBuilder();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            State state = State.FIELD_START;
            String error = null;
            int c = read(raw);
            if (c == -1) {
                return null;
            }
            while (true) {
                if (raw.length() > MAX_RECORD_CHARS) {
                    return giveUp(startLine, raw, state == State.QUOTED,
                            "the record is longer than " + MAX_RECORD_CHARS + " characters");
                }
                if (c == -1) {
                    if (state == State.QUOTED) {
                        return giveUp(startLine, raw, true, "a quoted field is not closed");
                    }
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields, error);
                }
                boolean lineBreak = c == '\n' || c == '\r';
                if (lineBreak && c == '\r') {
                    skipLineFeed(raw);
                }
                if (lineBreak) {
                    line++;
                }
                switch (state) {
                    case FIELD_START, UNQUOTED, QUOTE_IN_QUOTED -> {
                        if (c == '"' && state == State.FIELD_START) {
                            state = State.QUOTED;
                        } else if (c == '"' && state == State.QUOTE_IN_QUOTED) {
                            field.append('"');
                            state = State.QUOTED;
                        } else if (c == ',') {
                            fields.add(field.toString());
                            field.setLength(0);
                            state = State.FIELD_START;
                        } else if (lineBreak) {
                            if (!isBlank(state, fields, field)) {
                                fields.add(field.toString());
                                return new CsvRecord(startLine, fields, error);
                            }
                        } else {
                            if (error == null && (c == '"' || state == State.QUOTE_IN_QUOTED)) {
                                error = state == State.QUOTE_IN_QUOTED ? "text follows a closing quote"
                                        : "a quote inside an unquoted field";
                            }
                            field.append((char) c);
                            state = State.UNQUOTED;
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            state = State.QUOTE_IN_QUOTED;
                        } else {
                            field.append(lineBreak ? "\n" : String.valueOf((char) c));
                        }
                    }
                }
                if (lineBreak && isBlank(state, fields, field)) {
                    break;
                }
                c = read(raw);
            }
        }
    }

    /**
     * Rejects the record being read. When it is an open quoted field that ran over line ends, the text after its
     * first line is read again as new records; otherwise the rest of its line is skipped.
     */
    private CsvRecord giveUp(long startLine, StringBuilder raw, boolean openQuote, String error) throws IOException {
        int firstBreak = indexOfLineBreak(raw);
        if (openQuote && firstBreak >= 0 && firstBreak < raw.length() - 1) {
            String again = raw.substring(firstBreak + 1);
            pending = new StringBuilder(again).append(pending, pendingAt, pending.length());
            pendingAt = 0;
            line = startLine + 1;
        } else {
            char last = raw.charAt(raw.length() - 1);
            int c = last;
            // The character that went over the limit was not parsed yet: it may itself end the line.
            while (c != -1 && c != '\n' && c != '\r') {
                c = readRaw();
            }
            if (c == '\r') {
                skipLineFeed(null);
            }
            line = startLine + countLineBreaks(raw) + (c == -1 || c == last && (last == '\n' || last == '\r') ? 0 : 1);
        }
        return new CsvRecord(startLine, List.of(), error);
    }

    private static boolean isBlank(State state, List<String> fields, StringBuilder field) {
        return state == State.FIELD_START && fields.isEmpty() && field.length() == 0;
    }

    private int read(StringBuilder raw) throws IOException {
        int c = readRaw();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = readRaw();
            }
        }
        if (c != -1) {
            raw.append((char) c);
        }
        return c;
    }

    private int readRaw() throws IOException {
        if (pendingAt < pending.length()) {
            return pending.charAt(pendingAt++);
        }
        if (pending.length() > 0) {
            pending = new StringBuilder();
            pendingAt = 0;
        }
        return in.read();
    }

    /** After a CR: consumes the LF of a CRLF, or keeps the character for the next read. */
    private void skipLineFeed(StringBuilder raw) throws IOException {
        int next = readRaw();
        if (next == '\n') {
            if (raw != null) {
                raw.append('\n');
            }
        } else if (next != -1) {
            pending.insert(pendingAt, (char) next);
        }
    }

    private static int indexOfLineBreak(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 1 : i;
            }
        }
        return -1;
    }

    private static int countLineBreaks(CharSequence text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || (text.charAt(i) == '\r'
                    && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }
}
