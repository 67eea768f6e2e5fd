package org.salessequences.infrastructure.host.embedded;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salessequences.domain.model.condition.Condition;
import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.condition.ConditionField;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.domain.model.condition.Match;
import org.salessequences.domain.model.condition.Operator;
import org.salessequences.infrastructure.persistence.schema.SqlDialect;
import org.salessequences.spi.host.RecordType;

/**
 * Translates a condition group into a SQL predicate on {@code host_contact c} or {@code host_account a}, with the
 * semantics of {@link Operator} (the same answers as {@link ConditionEvaluator}).
 *
 * <p>Every operator is written as a <em>positive</em> predicate that is false on an absent value, or as the
 * negation of one ({@code NOT_EQUALS}, {@code NOT_CONTAINS}, {@code IS_EMPTY}): the tables store empty values as
 * {@code NULL} or as no field row, so an absent value matches exactly the negative operators, as the engine says.
 * Custom fields and account properties become {@code EXISTS} subqueries; values are always parameters.
 */
final class ConditionSql {

    /** The text {@link ConditionEvaluator#number} accepts as a number. */
    private static final String NUMBER_PATTERN = "^-?[0-9]{1,18}([.][0-9]{1,12})?$";
    private static final char LIKE_ESCAPE = '!';

    /** Columns of the built-in contact properties, by contract name. */
    static final Map<String, String> CONTACT_COLUMNS = Map.ofEntries(Map.entry("id", "id"),
            Map.entry("email", "email"), Map.entry("firstName", "first_name"), Map.entry("lastName", "last_name"),
            Map.entry("phone", "phone"), Map.entry("timezone", "timezone"), Map.entry("ownerId", "owner_id"),
            Map.entry("accountId", "account_id"), Map.entry("city", "city"), Map.entry("state", "state"),
            Map.entry("country", "country"), Map.entry("jobTitle", "job_title"), Map.entry("importName", "import_name"),
            Map.entry("lastContactedMode", "last_contacted_mode"), Map.entry("lastActivityType", "last_activity_type"));
    private static final Map<String, String> ACCOUNT_COLUMNS = Map.of("id", "id", "name", "name", "domain", "domain",
            "city", "city", "country", "country", "industry", "industry");

    private final SqlDialect dialect;

    ConditionSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * @param base the records the predicate filters: contacts ({@code c}) or accounts ({@code a})
     * @throws IllegalArgumentException for email activity, or contact fields in a predicate on accounts
     */
    SqlFragment where(ConditionGroup group, RecordType base) {
        if (group.isEmpty()) {
            return SqlFragment.TRUE;
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Condition condition : group.conditions()) {
            SqlFragment part = condition(condition, base);
            parts.add("(" + part.sql() + ")");
            params.addAll(part.params());
        }
        return new SqlFragment(String.join(group.match() == Match.ALL ? " AND " : " OR ", parts), params);
    }

    private SqlFragment condition(Condition condition, RecordType base) {
        ConditionField field = condition.field();
        boolean negated = switch (condition.operator()) {
            case NOT_EQUALS, NOT_CONTAINS, IS_EMPTY -> true;
            default -> false;
        };
        return switch (field.scope()) {
            case CONTACT -> {
                requireBase(base, RecordType.CONTACT, field);
                yield onRecord(condition, "c." + CONTACT_COLUMNS.get(field.name()), negated);
            }
            case CONTACT_CUSTOM -> {
                requireBase(base, RecordType.CONTACT, field);
                yield exists("host_contact_field f WHERE f.contact_id = c.id AND f.name = ?", field.name(), condition,
                        "f.field_value", "f.num_value", negated);
            }
            case ACCOUNT -> base == RecordType.ACCOUNT
                    ? onRecord(condition, "a." + ACCOUNT_COLUMNS.get(field.name()), negated)
                    : exists("host_account ca WHERE ca.id = c.account_id", null, condition,
                            "ca." + ACCOUNT_COLUMNS.get(field.name()), null, negated);
            case ACCOUNT_CUSTOM -> exists("host_account_field af WHERE af.account_id = "
                            + (base == RecordType.ACCOUNT ? "a.id" : "c.account_id") + " AND af.name = ?", field.name(),
                    condition, "af.field_value", "af.num_value", negated);
            case EMAIL_ACTIVITY -> throw new IllegalArgumentException("email activity is not a record property");
        };
    }

    private static void requireBase(RecordType base, RecordType expected, ConditionField field) {
        if (base != expected) {
            throw new IllegalArgumentException(field.path() + " is not a field of " + base.name().toLowerCase(Locale.ROOT)
                    + " records");
        }
    }

    /** A built-in column of the filtered record itself. */
    private SqlFragment onRecord(Condition condition, String column, boolean negated) {
        SqlFragment positive = positive(condition, column, null);
        return new SqlFragment((negated ? "NOT " : "") + "COALESCE((" + positive.sql() + "), FALSE)", positive.params());
    }

    /** A value held in another row: a custom field, or a property of the contact's account. */
    private SqlFragment exists(String fromWhere, String fieldName, Condition condition, String valueColumn,
                               String numberColumn, boolean negated) {
        List<Object> params = new ArrayList<>();
        if (fieldName != null) {
            params.add(fieldName);
        }
        SqlFragment positive = positive(condition, valueColumn, numberColumn);
        params.addAll(positive.params());
        return new SqlFragment((negated ? "NOT " : "") + "EXISTS (SELECT 1 FROM " + fromWhere + " AND ("
                + positive.sql() + "))", params);
    }

    /**
     * The positive form of the operator on a text column (false or unknown when the column is {@code NULL}).
     *
     * @param numberColumn the numeric shadow of the column, or {@code null} when the number is computed in SQL
     */
    private SqlFragment positive(Condition condition, String column, String numberColumn) {
        String text = "LOWER(" + column + ")";
        String value = lower(condition.value());
        return switch (condition.operator()) {
            case EQUALS, NOT_EQUALS -> new SqlFragment(text + " = ?", List.of(value));
            case CONTAINS, NOT_CONTAINS -> like(text, "%" + escapeLike(value) + "%");
            case STARTS_WITH -> like(text, escapeLike(value) + "%");
            case IS_EMPTY, IS_NOT_EMPTY -> new SqlFragment(column + " IS NOT NULL", List.of());
            case GREATER_THAN -> ordered(column, numberColumn, ">", condition.value());
            case LESS_THAN -> ordered(column, numberColumn, "<", condition.value());
            case IN -> new SqlFragment(text + " IN (" + String.join(", ", Collections.nCopies(condition.values().size(), "?"))
                    + ")", condition.values().stream().map(ConditionSql::lower).map(Object.class::cast).toList());
        };
    }

    private static SqlFragment like(String text, String pattern) {
        return new SqlFragment(text + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", List.of(pattern));
    }

    /** Numbers compare as numbers when both sides are numbers, anything else as text ignoring case. */
    private SqlFragment ordered(String column, String numberColumn, String comparison, String value) {
        String textOrder = textOrder("LOWER(" + column + ")") + " " + comparison + " ?";
        BigDecimal number = ConditionEvaluator.number(value);
        if (number == null) {
            return new SqlFragment(textOrder, List.of(lower(value)));
        }
        String isNumber = numberColumn != null ? numberColumn + " IS NOT NULL" : matchesNumber(column);
        String asNumber = numberColumn != null ? numberColumn : "CAST(" + column + " AS DECIMAL(31, 12))";
        // CASE keeps the cast away from text that is not a number, whatever order the database evaluates in.
        return new SqlFragment("CASE WHEN " + isNumber + " THEN " + asNumber + " " + comparison + " ? ELSE "
                + textOrder + " END", List.of(number, lower(value)));
    }

    private String matchesNumber(String column) {
        return dialect == SqlDialect.POSTGRESQL
                ? column + " ~ '" + NUMBER_PATTERN + "'"
                : "REGEXP_LIKE(" + column + ", '" + NUMBER_PATTERN + "')";
    }

    /** Text order by code point, as Java compares strings (not by the database's locale). */
    private String textOrder(String expression) {
        return dialect == SqlDialect.POSTGRESQL ? expression + " COLLATE \"C\"" : expression;
    }

    private static String escapeLike(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : value.toCharArray()) {
            if (ch == LIKE_ESCAPE || ch == '%' || ch == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
