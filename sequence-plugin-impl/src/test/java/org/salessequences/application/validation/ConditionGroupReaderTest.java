package org.salessequences.application.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.api.FieldError;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.Match;
import org.salessequences.domain.model.condition.Operator;

class ConditionGroupReaderTest {

    private final Violations violations = new Violations();

    @Test
    void readsAValidGroup() {
        ConditionGroup group = ConditionGroupReader.read("audience", List.of(
                new ConditionDefinition("city", "EQUALS", "Berlin"),
                new ConditionDefinition("fields.score", "GREATER_THAN", new BigDecimal("10.0")),
                new ConditionDefinition("country", "IN", List.of("DE", "AT")),
                new ConditionDefinition("phone", "IS_EMPTY", null),
                new ConditionDefinition("jobTitle", "IN", "CEO, CTO")), "ANY", false, violations);
        assertNotNull(group, violations.errors().toString());
        assertEquals(Match.ANY, group.match());
        assertEquals(List.of("10"), group.conditions().get(1).values());
        assertEquals(List.of("CEO", "CTO"), group.conditions().get(4).values());
        assertEquals(Operator.IS_EMPTY, group.conditions().get(3).operator());
    }

    @Test
    void refusesANinthCondition() {
        List<ConditionDefinition> nine = Collections.nCopies(9, new ConditionDefinition("city", "EQUALS", "x"));
        assertNull(ConditionGroupReader.read("steps[2]", nine, "ALL", true, violations));
        assertEquals(List.of("steps[2].conditions"), fields());
    }

    @Test
    void namesEachBadPart() {
        List<ConditionDefinition> definitions = new ArrayList<>();
        definitions.add(new ConditionDefinition("town", "EQUALS", "x"));
        definitions.add(new ConditionDefinition("city", "LIKE", "x"));
        definitions.add(new ConditionDefinition("city", "EQUALS", null));
        definitions.add(new ConditionDefinition("city", "IS_EMPTY", "x"));
        definitions.add(new ConditionDefinition("email.opened", "EQUALS", "previous"));
        definitions.add(new ConditionDefinition("city", "EQUALS", List.of("a", "b")));
        assertNull(ConditionGroupReader.read("", definitions, "SOME", false, violations));
        assertEquals(List.of("match", "conditions[0].field", "conditions[1].operator", "conditions[2].value",
                "conditions[3].value", "conditions[4].field", "conditions[5].value"), fields());
    }

    @Test
    void emailActivityTakesPreviousOrAny() {
        assertNotNull(ConditionGroupReader.read("steps[1]",
                List.of(new ConditionDefinition("email.opened", "NOT_EQUALS", "previous")), null, true, violations));
        assertNull(ConditionGroupReader.read("steps[1]",
                List.of(new ConditionDefinition("email.opened", "EQUALS", "yesterday"),
                        new ConditionDefinition("email.clicked", "CONTAINS", "any")), null, true, violations));
        assertEquals(List.of("steps[1].conditions[0].value", "steps[1].conditions[1].operator"), fields());
    }

    private List<String> fields() {
        return violations.errors().stream().map(FieldError::field).toList();
    }
}
