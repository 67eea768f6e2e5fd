package org.salessequences.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void hasNoNullErrorList() {
        assertEquals(List.of(), new Problem("about:blank", "Not Found", 404, "gone", null).errors());
    }

    @Test
    void keepsItsOwnCopyOfTheErrors() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("name", "must not be blank")));
        Problem problem = new Problem("t", "Bad Request", 400, "1 field is invalid", errors);
        errors.clear();
        assertEquals(1, problem.errors().size());
        assertThrows(UnsupportedOperationException.class, () -> problem.errors().add(new FieldError("x", "y")));
    }
}
