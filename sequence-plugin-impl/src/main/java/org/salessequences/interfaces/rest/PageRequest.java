package org.salessequences.interfaces.rest;

import java.util.ArrayList;
import java.util.List;

import org.salessequences.api.FieldError;
import org.salessequences.application.ValidationException;

/**
 * The {@code page} (0-based) and {@code size} query parameters of a list endpoint.
 *
 * @param page the page, from 0
 * @param size items per page, 1..{@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The header carrying the total number of items of a list answered as a plain JSON array. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    /**
     * @throws ValidationException naming {@code page} or {@code size} when out of range
     */
    public static PageRequest of(Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PageRequest(p, s);
    }
}
