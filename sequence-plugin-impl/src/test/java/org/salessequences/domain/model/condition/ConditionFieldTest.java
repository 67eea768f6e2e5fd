package org.salessequences.domain.model.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"city", "firstName", "fields.sdrSequence", "account.name", "account.fields.tier",
            "email.opened", "email.bounced"})
    void parsesAndPrintsBack(String path) {
        assertEquals(path, ConditionField.parse(path).orElseThrow().path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "town", "fields.", "fields.1abc", "fields.a-b", "account.revenue", "email.forwarded",
            "account.fields.", "Email"})
    void rejectsWhatItDoesNotKnow(String path) {
        assertTrue(ConditionField.parse(path).isEmpty(), path);
    }
}
