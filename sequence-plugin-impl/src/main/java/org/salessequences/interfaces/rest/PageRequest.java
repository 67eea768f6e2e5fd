package org.salessequences.interfaces.rest;

import java.util.ArrayList;
import java.util.List;

import org.salessequences.api.FieldError;
import org.salessequences.application.ValidationException;

/**
 * The {@code page} (0-based) and {@code size} query parameters of a list endpoint, bounded so that the first
 * item's offset ({@code page * size}) always fits an {@code int}.
 *
 * @param page the page, 0..{@link #MAX_PAGE}
 * @param size items per page, 1..{@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
    /** The header carrying the total number of items of a list answered as a plain JSON array. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private static final WholeNumberParameter PAGE = WholeNumberParameter.withDefault("page", 0, 0, MAX_PAGE);
    private static final WholeNumberParameter SIZE = WholeNumberParameter.withDefault("size", DEFAULT_SIZE, 1, MAX_SIZE);

    /**
     * @param page the query parameter as sent, {@code null} when left out
     * @param size the query parameter as sent, {@code null} when left out
     * @throws ValidationException naming {@code page} or {@code size} when not a whole number in range
     */
    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = new PageRequest(PAGE.read(page, errors), SIZE.read(size, errors));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return request;
    }
}
