package org.salessequences.application;

import java.util.Optional;

/**
 * Checks a message template when a sequence is saved, so that a template that would fail (or try something
 * a template must not do) is refused then and not when a step runs.
 */
public interface TemplateChecker {

    /** The first problem of the template, or empty when it is fine. */
    Optional<TemplateProblem> check(String template);

    /**
     * What is wrong with a template, and where.
     *
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param message for a person to read
     */
    record TemplateProblem(int line, int column, String message) {

        @Override
        public String toString() {
            return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
        }
    }
}
