package org.salessequences.interfaces.rest.limit;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Reads at most {@code limit} bytes of a stream and throws as soon as one more arrives, so that a body of exactly
 * the limit is read whole and a longer one is never read past its first extra byte.
 */
final class BoundedInputStream extends InputStream {

    private final InputStream in;
    private final long limit;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long count;

    BoundedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        this.in = in;
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // One byte past the limit is enough to know; never more (count is at most the limit here).
        long room = limit - count;
        int n = in.read(buffer, offset, room >= length ? length : (int) room + 1);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw tooLarge.get();
        }
    }
}
