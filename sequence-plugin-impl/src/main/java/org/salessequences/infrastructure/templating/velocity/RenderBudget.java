package org.salessequences.infrastructure.templating.velocity;

import java.io.Writer;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * The work one rendering may do: characters written, characters inserted by references (also inside
 * interpolated strings, where {@code #set} could otherwise double a value in a loop) and time. Exceeding any of
 * them stops the rendering with a {@link TemplateRenderException}.
 */
final class RenderBudget extends Writer implements ReferenceInsertionEventHandler {

    private final StringBuilder output = new StringBuilder();
    private final int maxChars;
    private final long deadlineNanos;
    private long inserted;

    RenderBudget(int maxChars, long maxNanos) {
        this.maxChars = maxChars;
        this.deadlineNanos = System.nanoTime() + maxNanos;
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value != null) {
            inserted += String.valueOf(value).length();
            if (inserted > 4L * maxChars) {
                throw new TemplateRenderException("the template inserts more than " + 4L * maxChars + " characters");
            }
        }
        checkTime();
        return value;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (output.length() + length > maxChars) {
            throw new TemplateRenderException("the rendered text is longer than " + maxChars + " characters");
        }
        checkTime();
        output.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        if (output.length() + length > maxChars) {
            throw new TemplateRenderException("the rendered text is longer than " + maxChars + " characters");
        }
        checkTime();
        output.append(text, offset, offset + length);
    }

    private void checkTime() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new TemplateRenderException("rendering the template took too long");
        }
    }

    @Override
    public void flush() {
        // Nothing is buffered beyond the output itself.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return output.toString();
    }
}
