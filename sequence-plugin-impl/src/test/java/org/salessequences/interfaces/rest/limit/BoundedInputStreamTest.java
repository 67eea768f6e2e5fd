package org.salessequences.interfaces.rest.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts what was taken from the source, to show the bound never reads far past its limit. */
    private static final class Source extends ByteArrayInputStream {
        Source(int length) {
            super(new byte[length]);
        }

        int taken() {
            return pos;
        }
    }

    private static InputStream bounded(InputStream in, long limit) {
        return new BoundedInputStream(in, limit, TooLarge::new);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] body = "0123456789".getBytes();

        assertArrayEquals(body, bounded(new ByteArrayInputStream(body), 10).readAllBytes());
    }

    @Test
    void oneByteMoreIsRefusedAfterReadingOnlyThatByte() {
        Source source = new Source(1000);

        assertThrows(TooLarge.class, () -> bounded(source, 10).readAllBytes());
        assertEquals(11, source.taken());
    }

    @Test
    void theLargestLimitReadsEverything() throws IOException {
        assertEquals(1000, bounded(new Source(1000), Long.MAX_VALUE).readAllBytes().length);
    }

    @Test
    void byteByByteReadingIsCountedToo() throws IOException {
        InputStream in = bounded(new Source(3), 2);

        assertEquals(0, in.read());
        assertEquals(0, in.read());
        assertThrows(TooLarge.class, in::read);
    }

    @Test
    void skippingAndTransferringAreCounted() {
        assertThrows(TooLarge.class, () -> bounded(new Source(100), 10).skip(50));
        assertThrows(TooLarge.class, () -> bounded(new Source(100), 10).transferTo(OutputStream.nullOutputStream()));
    }
}
