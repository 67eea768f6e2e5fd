package org.salessequences.infrastructure.host.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.application.validation.ConditionGroupReader;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;

/**
 * The SQL translation answers exactly as the in-memory evaluator, operator by operator, on built-in columns, custom
 * fields (numbers and text), the contact's account and its custom fields, with absent values, on H2 and PostgreSQL.
 */
class ConditionSqlTest {

    private static final List<HostAccount> ACCOUNTS = List.of(
            new HostAccount(Ids.newId(), "Acme", "acme.example", Map.of("industry", "Software"), Map.of("tier", "Gold")),
            new HostAccount(Ids.newId(), "Birch", null, Map.of(), Map.of("tier", "9")));

    /** Values chosen around the edges: case, absent, numbers vs text, dates, LIKE wildcards. */
    private static final List<HostContact> CONTACTS = List.of(
            contact("a@x.example", "Berlin", "Ada", 0, Map.of("score", "42", "since", "2024-05-01", "code", "50%_off")),
            contact("b@x.example", "berlin", "ben", 0, Map.of("score", "7", "since", "2023-12-31", "code", "AB")),
            contact("c@x.example", null, null, 1, Map.of("score", "abc", "since", "later")),
            contact("d@x.example", "Hamburg", "Zoë", null, Map.of("score", "-3.5")),
            contact("e@x.example", "London", "Eve", 1, Map.of("score", "100.25", "code", "50 off")),
            contact("f@x.example", "Bern", "Finn", null, Map.of()));

    private static final List<List<ConditionDefinition>> CONDITIONS = List.of(
            List.of(c("city", "EQUALS", "BERLIN")),
            List.of(c("city", "NOT_EQUALS", "berlin")),
            List.of(c("city", "CONTAINS", "er")),
            List.of(c("city", "NOT_CONTAINS", "er")),
            List.of(c("city", "STARTS_WITH", "ber")),
            List.of(c("city", "IS_EMPTY", null)),
            List.of(c("city", "IS_NOT_EMPTY", null)),
            List.of(c("city", "IN", List.of("london", "Hamburg"))),
            List.of(c("city", "GREATER_THAN", "c")),
            List.of(c("firstName", "LESS_THAN", "c")),
            List.of(c("firstName", "GREATER_THAN", "b")),
            List.of(c("fields.score", "GREATER_THAN", new BigDecimal("10"))),
            List.of(c("fields.score", "LESS_THAN", new BigDecimal("10"))),
            List.of(c("fields.score", "GREATER_THAN", "B")),
            List.of(c("fields.score", "EQUALS", "ABC")),
            List.of(c("fields.score", "NOT_EQUALS", "42")),
            List.of(c("fields.score", "IS_EMPTY", null)),
            List.of(c("fields.score", "IN", "7, 42")),
            List.of(c("fields.since", "GREATER_THAN", "2024-01-01")),
            List.of(c("fields.since", "LESS_THAN", "2024-01-01")),
            List.of(c("fields.code", "CONTAINS", "%_")),
            List.of(c("fields.code", "STARTS_WITH", "50%")),
            List.of(c("fields.code", "NOT_CONTAINS", "off")),
            List.of(c("account.name", "EQUALS", "acme")),
            List.of(c("account.name", "NOT_EQUALS", "acme")),
            List.of(c("account.domain", "IS_EMPTY", null)),
            List.of(c("account.industry", "NOT_CONTAINS", "soft")),
            List.of(c("account.fields.tier", "EQUALS", "gold")),
            List.of(c("account.fields.tier", "GREATER_THAN", new BigDecimal("5"))),
            List.of(c("account.fields.tier", "NOT_EQUALS", "gold")),
            List.of(c("email", "STARTS_WITH", "A@")),
            List.of(c("lastContactedMode", "EQUALS", "Not yet contacted")),
            List.of(c("city", "EQUALS", "Berlin"), c("fields.score", "GREATER_THAN", new BigDecimal("10"))),
            List.of(c("city", "IS_EMPTY", null), c("account.fields.tier", "EQUALS", "gold"),
                    c("fields.code", "CONTAINS", "off")));

    @Test
    void answersAsTheEvaluatorOnH2() {
        assertSameAnswers(TestDatabases.h2());
    }

    @Test
    void answersAsTheEvaluatorOnPostgreSql() {
        assertSameAnswers(TestDatabases.postgresql());
    }

    private static void assertSameAnswers(DataSource dataSource) {
        JdbcHostDataRepository repository = new JdbcHostDataRepository(dataSource, System::currentTimeMillis);
        repository.addAccounts(ACCOUNTS);
        repository.addContacts(CONTACTS);
        HostCrm crm = new EmbeddedHostCrm(dataSource, System::currentTimeMillis);
        List<String> mismatches = new ArrayList<>();
        for (List<ConditionDefinition> conditions : CONDITIONS) {
            for (String match : List.of("ALL", "ANY")) {
                if (conditions.size() == 1 && match.equals("ANY")) {
                    continue;
                }
                Set<String> expected = new TreeSet<>();
                ConditionGroup group = group(conditions, match);
                for (HostContact contact : crm.contacts(RecordFilter.ALL, null, 100).items()) {
                    if (ConditionEvaluator.matches(group, field -> property(contact, field.scope(), field.name()))) {
                        expected.add(contact.email());
                    }
                }
                Set<String> actual = new TreeSet<>();
                Page<HostContact> page = crm.contacts(new RecordFilter(null, conditions, match), null, 100);
                page.items().forEach(contact -> actual.add(contact.email()));
                if (!expected.equals(actual)) {
                    mismatches.add(match + " " + conditions + ": evaluator " + expected + ", SQL " + actual);
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertFalse(CONDITIONS.isEmpty());
    }

    private static String property(HostContact contact, FieldScope scope, String name) {
        HostAccount account = ACCOUNTS.stream().filter(candidate -> candidate.id().equals(contact.accountId()))
                .findFirst().orElse(null);
        return switch (scope) {
            case CONTACT -> contact.property(name);
            case CONTACT_CUSTOM -> contact.customFields().get(name);
            case ACCOUNT -> account == null ? null : account.property(name);
            case ACCOUNT_CUSTOM -> account == null ? null : account.customFields().get(name);
            case EMAIL_ACTIVITY -> null;
        };
    }

    private static ConditionGroup group(List<ConditionDefinition> conditions, String match) {
        Violations violations = new Violations();
        ConditionGroup group = ConditionGroupReader.read("", conditions, match, false, violations);
        assertEquals(List.of(), violations.errors());
        return group;
    }

    private static ConditionDefinition c(String field, String operator, Object value) {
        return new ConditionDefinition(field, operator, value);
    }

    private static HostContact contact(String email, String city, String firstName, Integer account,
                                       Map<String, String> fields) {
        Map<String, String> properties = new HashMap<>();
        if (city != null) {
            properties.put("city", city);
        }
        return new HostContact(Ids.newId(), email, firstName, null, null, null, null,
                account == null ? null : ACCOUNTS.get(account).id(), properties, fields);
    }
}
