package org.salessequences.infrastructure.templating.velocity;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * How many characters a value would have as text, counted without making the text and only up to a limit, so that
 * a value too large for a rendering is refused before anything prints, compares or hashes it. A collection counts
 * its brackets, separators and items; a number its digits.
 */
final class ValueSize {

    /**
     * The most characters any one value of a rendering may have: a value longer than the whole output could never
     * be shown, and counting stops there, so measuring costs at most this many steps.
     */
    static final long MAX_CHARS = VelocityTemplateRenderer.MAX_OUTPUT_CHARS;
    /** Values nest a few levels (a contact, its fields); anything deeper is counted as too large. */
    private static final int MAX_DEPTH = 16;
    private static final double DIGITS_PER_BIT = Math.log10(2);

    private long counted;
    private final long limit;

    private ValueSize(long limit) {
        this.limit = limit;
    }

    /** The value's length as text when it is at most {@code limit}, otherwise a number greater than the limit. */
    static long of(Object value, long limit) {
        ValueSize size = new ValueSize(limit);
        size.add(value, 0);
        return size.counted;
    }

    /**
     * @throws TemplateRenderException when the value would have more than {@link #MAX_CHARS} characters
     */
    static <T> T requireBounded(T value) {
        if (value != null && !(value instanceof CharSequence && ((CharSequence) value).length() <= MAX_CHARS)
                && of(value, MAX_CHARS) > MAX_CHARS) {
            throw new TemplateRenderException("a value of the template is longer than " + MAX_CHARS + " characters");
        }
        return value;
    }

    /** Adds the value's length to the count; returns false once the count is over the limit. */
    private boolean add(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            counted = limit + 1;
        } else if (value instanceof CharSequence text) {
            counted += text.length();
        } else if (value instanceof Collection<?> items) {
            counted += 2L * Math.max(1, items.size());
            for (Object item : items) {
                if (counted > limit || !add(item, depth + 1)) {
                    break;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            counted += 2L * Math.max(1, map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (counted > limit || !add(entry.getKey(), depth + 1) || !add(entry.getValue(), depth + 1)) {
                    break;
                }
                counted++;
            }
        } else if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            counted += 2L * Math.max(1, length);
            for (int i = 0; i < length && counted <= limit; i++) {
                add(Array.get(value, i), depth + 1);
            }
        } else if (value instanceof BigInteger number) {
            counted += (long) (number.bitLength() * DIGITS_PER_BIT) + 2;
        } else if (value instanceof BigDecimal number) {
            counted += Math.abs((long) number.precision()) + Math.abs((long) number.scale()) + 3;
        } else {
            // null, booleans, other numbers, dates and the host's other scalars: short texts.
            counted += String.valueOf(value).length();
        }
        return counted <= limit;
    }
}
