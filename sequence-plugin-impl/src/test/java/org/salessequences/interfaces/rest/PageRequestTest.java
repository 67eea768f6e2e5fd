package org.salessequences.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.application.ValidationException;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPage() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.of(null, null));
    }

    @Test
    void namesEachBadParameter() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> PageRequest.of(-1, 501));
        assertEquals(List.of("page", "size"), invalid.errors().stream().map(e -> e.field()).toList());
    }
}
