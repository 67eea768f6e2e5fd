package org.salessequences.application;

import java.util.List;

import org.salessequences.api.FieldError;

/** The request body is invalid; one {@link FieldError} per bad field. Nothing was stored. */
public class ValidationException extends ApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
