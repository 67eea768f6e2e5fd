/**
 * The condition engine shared by saved views, audience entry conditions, step conditions and exit criteria:
 * fields, operators, ALL/ANY groups of at most {@value org.salessequences.domain.model.condition.ConditionGroup#MAX_CONDITIONS}
 * conditions, their validation and their evaluation on one record. The embedded host translates the same
 * groups to SQL with the same semantics (see {@link org.salessequences.domain.model.condition.Operator}).
 */
package org.salessequences.domain.model.condition;
