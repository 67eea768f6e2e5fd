package org.salessequences.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A contact CSV of any length, produced row by row as it is read, so the client never holds the file: row {@code i}
 * is always the same contact (email {@code c<i>@bench.example}), whatever the run. Every {@code badEvery}-th row has
 * a malformed email, to be rejected.
 */
public final class GeneratedContacts extends InputStream {

    static final String HEADER = "email,firstName,lastName,city,country,jobTitle,score,stage\n";
    static final String[] CITIES = {"Berlin", "London", "Paris", "Madrid", "Rome", "Vienna", "Oslo", "Lisbon",
            "Dublin", "Prague", "Warsaw", "Athens"};
    private static final String[] STAGES = {"lead", "qualified", "customer"};

    private final long rows;
    private final long badEvery;
    private long next = -1;
    private byte[] line = HEADER.getBytes(StandardCharsets.UTF_8);
    private int at;

    /** @param badEvery 0 for none */
    public GeneratedContacts(long rows, long badEvery) {
        this.rows = rows;
        this.badEvery = badEvery;
    }

    /** The rows of this file that are well formed. */
    public long goodRows() {
        return badEvery == 0 ? rows : rows - rows / badEvery;
    }

    static String email(long i) {
        return "c" + i + "@bench.example";
    }

    /** The cells of row {@code i} after the email, also used by the JDBC baseline. */
    static String[] cells(long i) {
        return new String[] {"First" + i, "Last" + (i % 1000), CITIES[(int) (i % CITIES.length)], "Europe",
                i % 7 == 0 ? "CEO" : "Engineer", Long.toString(i % 1000), STAGES[(int) (i % STAGES.length)]};
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int copied = 0;
        while (copied < length) {
            if (at == line.length && !advance()) {
                break;
            }
            int n = Math.min(length - copied, line.length - at);
            System.arraycopy(line, at, buffer, offset + copied, n);
            at += n;
            copied += n;
        }
        return copied == 0 && length > 0 ? -1 : copied;
    }

    private boolean advance() {
        next++;
        if (next >= rows) {
            return false;
        }
        long i = next;
        String email = badEvery > 0 && (i + 1) % badEvery == 0 ? "not-an-email-" + i : email(i);
        line = (email + "," + String.join(",", cells(i)) + "\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
        return true;
    }
}
