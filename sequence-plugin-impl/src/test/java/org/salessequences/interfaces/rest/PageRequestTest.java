package org.salessequences.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salessequences.application.ValidationException;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPage() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.of(null, null));
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.of("", " "), "?page=&size=");
        assertEquals(new PageRequest(3, 20), PageRequest.of("3", "20"));
    }

    @Test
    void namesEachBadParameter() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> PageRequest.of("-1", "501"));
        assertEquals(List.of("page", "size"), invalid.errors().stream().map(e -> e.field()).toList());
    }

    @ParameterizedTest
    @CsvSource({"abc, 10, page", "0, abc, size", "1.5, 10, page", "99999999999, 10, page", "0, 99999999999, size",
            "0, 2147483648, size", "0x10, 10, page", "2147483647, 500, page", "0, 0, size"})
    void aValueThatIsNotAWholeNumberInRangeIsNamed(String page, String size, String named) {
        ValidationException invalid = assertThrows(ValidationException.class, () -> PageRequest.of(page, size));

        assertEquals(List.of(named), invalid.errors().stream().map(e -> e.field()).toList());
        assertTrue(invalid.errors().get(0).message().startsWith("must be a whole number from "),
                invalid.errors().get(0).message());
    }

    @Test
    void theLastPageStartsAtAnOffsetThatFitsAnInt() {
        PageRequest last = PageRequest.of(Integer.toString(PageRequest.MAX_PAGE),
                Integer.toString(PageRequest.MAX_SIZE));

        long offset = (long) last.page() * last.size();
        assertEquals(offset, last.page() * last.size(), "no overflow");
        assertThrows(ValidationException.class, () -> PageRequest.of(Integer.toString(PageRequest.MAX_PAGE + 1), "1"));
    }

    @Test
    void aRequiredParameterHasNoDefault() {
        WholeNumberParameter rows = WholeNumberParameter.of("rows", 1, 10);

        assertEquals(List.of("rows"), assertThrows(ValidationException.class, () -> rows.read(null)).errors().stream()
                .map(e -> e.field()).toList());
        assertEquals(7, rows.read(" 7 "));
    }
}
