package org.salessequences.domain.model.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {

    private static final ConditionField CITY = new ConditionField(FieldScope.CONTACT, "city");
    private static final ConditionField SCORE = new ConditionField(FieldScope.CONTACT_CUSTOM, "score");

    private final Map<ConditionField, String> properties = new HashMap<>();
    private final RecordFacts facts = properties::get;

    @ParameterizedTest(name = "city {1} {2} on \"{0}\" is {3}")
    @CsvSource(nullValues = "NULL", value = {
            "Berlin, EQUALS, berlin, true",
            "Berlin, EQUALS, Bern, false",
            "NULL, EQUALS, Berlin, false",
            "Berlin, NOT_EQUALS, Bern, true",
            "NULL, NOT_EQUALS, Berlin, true",
            "Berlin, CONTAINS, ERL, true",
            "Berlin, NOT_CONTAINS, erl, false",
            "NULL, NOT_CONTAINS, erl, true",
            "Berlin, STARTS_WITH, be, true",
            "Berlin, STARTS_WITH, lin, false",
            "'  ', IS_EMPTY, NULL, true",
            "NULL, IS_EMPTY, NULL, true",
            "Berlin, IS_NOT_EMPTY, NULL, true",
            "Berlin, GREATER_THAN, Athens, true",
            "berlin, GREATER_THAN, Athens, true",
            "Berlin, GREATER_THAN, athens, true",
            "athens, LESS_THAN, Berlin, true",
            "2026-03-02, LESS_THAN, 2026-10-01, true",
            "NULL, LESS_THAN, zzz, false"})
    void textOperators(String city, Operator operator, String value, boolean expected) {
        properties.put(CITY, city);
        assertEquals(expected, ConditionEvaluator.matches(
                new Condition(CITY, operator, value == null ? List.of() : List.of(value)), facts));
    }

    @Test
    void numbersCompareAsNumbers() {
        properties.put(SCORE, "9");
        assertFalse(ConditionEvaluator.matches(new Condition(SCORE, Operator.GREATER_THAN, List.of("10")), facts));
        assertTrue(ConditionEvaluator.matches(new Condition(SCORE, Operator.LESS_THAN, List.of("10.5")), facts));
    }

    @Test
    void inMatchesAnyValueIgnoringCase() {
        properties.put(CITY, "Paris");
        assertTrue(ConditionEvaluator.matches(new Condition(CITY, Operator.IN, List.of("Berlin", "paris")), facts));
        assertFalse(ConditionEvaluator.matches(new Condition(CITY, Operator.IN, List.of("Berlin", "Rome")), facts));
    }

    @Test
    void groupsCombineWithAllOrAny() {
        properties.put(CITY, "Berlin");
        properties.put(SCORE, "3");
        Condition inBerlin = new Condition(CITY, Operator.EQUALS, List.of("Berlin"));
        Condition highScore = new Condition(SCORE, Operator.GREATER_THAN, List.of("5"));
        assertFalse(ConditionEvaluator.matches(new ConditionGroup(Match.ALL, List.of(inBerlin, highScore)), facts));
        assertTrue(ConditionEvaluator.matches(new ConditionGroup(Match.ANY, List.of(inBerlin, highScore)), facts));
        assertTrue(ConditionEvaluator.matches(ConditionGroup.ALWAYS, facts));
    }

    @Test
    void emailActivityAsksTheEnrollment() {
        RecordFacts opened = new RecordFacts() {
            @Override
            public String property(ConditionField field) {
                return null;
            }

            @Override
            public boolean emailActivity(String event, boolean previousOnly) {
                return "opened".equals(event) && !previousOnly;
            }
        };
        ConditionField openedField = new ConditionField(FieldScope.EMAIL_ACTIVITY, "opened");
        assertTrue(ConditionEvaluator.matches(new Condition(openedField, Operator.EQUALS, List.of("any")), opened));
        assertFalse(ConditionEvaluator.matches(new Condition(openedField, Operator.EQUALS, List.of("previous")), opened));
        assertTrue(ConditionEvaluator.matches(new Condition(openedField, Operator.NOT_EQUALS, List.of("previous")), opened));
    }

    @Test
    void recognisesOnlyPlainNumbers() {
        assertEquals(0, ConditionEvaluator.number("-12.50").compareTo(new java.math.BigDecimal("-12.5")));
        assertEquals(null, ConditionEvaluator.number("1e3"));
        assertEquals(null, ConditionEvaluator.number("12 apples"));
    }
}
