package org.salessequences.application.validation;

import java.util.ArrayList;
import java.util.List;

import org.salessequences.api.FieldError;
import org.salessequences.application.ValidationException;

/** Collects field errors while a request is validated. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @throws ValidationException carrying every error collected, when there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Joins a parent path and a member name: {@code ("steps[2]", "day")} is {@code steps[2].day}. */
    public static String path(String parent, String member) {
        return parent == null || parent.isEmpty() ? member : parent + "." + member;
    }

    /** The path of a list item: {@code ("steps", 2)} is {@code steps[2]}. */
    public static String item(String list, int index) {
        return (list == null ? "" : list) + "[" + index + "]";
    }
}
