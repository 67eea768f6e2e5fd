package org.salessequences.interfaces.rest;

import java.util.ArrayList;
import java.util.List;

import org.salessequences.api.FieldError;
import org.salessequences.application.ValidationException;

/**
 * A whole-number query parameter, taken as text by its resource: JAX-RS answers 404 for an {@code int} parameter
 * that does not parse, and a value that does not fit an {@code int} must be a 400 naming it, not an overflow.
 */
public final class WholeNumberParameter {

    private final String name;
    private final Integer defaultValue;
    private final int min;
    private final int max;

    private WholeNumberParameter(String name, Integer defaultValue, int min, int max) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    /** A parameter that may be left out (or empty) for its default. */
    public static WholeNumberParameter withDefault(String name, int defaultValue, int min, int max) {
        return new WholeNumberParameter(name, defaultValue, min, max);
    }

    /** A parameter without a default: {@link #read(String)} requires it, {@link #readIfGiven(String)} does not. */
    public static WholeNumberParameter of(String name, int min, int max) {
        return new WholeNumberParameter(name, null, min, max);
    }

    /** The value, or {@code null} when left out (or empty), for a default chosen further in. */
    public Integer readIfGiven(String value) {
        return value == null || value.isBlank() ? null : read(value);
    }

    /** @throws ValidationException naming the parameter when it is not a whole number in range */
    public int read(String value) {
        List<FieldError> errors = new ArrayList<>();
        int read = read(value, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return read;
    }

    /** The value, its default when left out, or (with an error naming the parameter added) the smallest allowed. */
    public int read(String value, List<FieldError> errors) {
        if ((value == null || value.isBlank()) && defaultValue != null) {
            return defaultValue;
        }
        String digits = value == null ? "" : value.strip();
        // At most ten digits with an optional minus: anything longer is out of range without parsing it.
        if (digits.matches("-?\\d{1,10}")) {
            long parsed = Long.parseLong(digits);
            if (parsed >= min && parsed <= max) {
                return (int) parsed;
            }
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return min;
    }
}
