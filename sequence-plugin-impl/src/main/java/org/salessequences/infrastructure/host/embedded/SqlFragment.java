package org.salessequences.infrastructure.host.embedded;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with its positional parameters, in order.
 *
 * @param sql    the text, with {@code ?} for each parameter
 * @param params the parameter values
 */
record SqlFragment(String sql, List<Object> params) {

    static final SqlFragment TRUE = new SqlFragment("1 = 1", List.of());

    SqlFragment {
        params = List.copyOf(params);
    }

    /** Both fragments must hold. */
    SqlFragment and(SqlFragment other) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlFragment("(" + sql + ") AND (" + other.sql + ")", all);
    }
}
