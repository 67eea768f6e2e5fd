package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenMinterTest {

    @Test
    void quotesJsonStringsSafely() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", TokenMinter.quote("a\"b\\c\nd\u0001"));
    }
}
