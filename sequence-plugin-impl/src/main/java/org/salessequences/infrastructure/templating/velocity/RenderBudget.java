package org.salessequences.infrastructure.templating.velocity;

import java.io.Writer;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * The work one rendering may do: characters written, characters inserted by references and time. Exceeding any of
 * them stops the rendering with a {@link TemplateRenderException}. An inserted value is measured before it is made
 * text ({@link ValueSize}), so printing a large collection fails instead of building its text first; time is checked
 * on every write and insertion and, through {@link BudgetedContext}, on every variable a template reads or sets, so
 * a loop that prints nothing is stopped as well.
 */
final class RenderBudget extends Writer implements ReferenceInsertionEventHandler {

    private final StringBuilder output = new StringBuilder();
    private final int maxChars;
    private final long maxInserted;
    private final long deadlineNanos;
    private long inserted;

    RenderBudget(int maxChars, long maxNanos) {
        this.maxChars = maxChars;
        this.maxInserted = 4L * maxChars;
        this.deadlineNanos = System.nanoTime() + maxNanos;
    }

    /** Must be the first insertion handler: the ones after it may turn the value into text. */
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        checkTime();
        if (value != null) {
            inserted += ValueSize.of(value, maxInserted - inserted);
            if (inserted > maxInserted) {
                throw new TemplateRenderException("the template inserts more than " + maxInserted + " characters");
            }
        }
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

    void checkTime() {
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
