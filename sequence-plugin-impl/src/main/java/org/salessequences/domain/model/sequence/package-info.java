/**
 * The sequence aggregate: its definition (audience, schedule, steps, exit criteria), its owner and status,
 * and when it runs next.
 */
package org.salessequences.domain.model.sequence;
