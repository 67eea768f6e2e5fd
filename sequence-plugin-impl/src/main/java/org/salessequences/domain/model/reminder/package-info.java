/**
 * Reminders: the work sequences hand to reps. An email reminder holds the rendered email until the rep sends it;
 * follow-up and call reminders are tasks the rep completes with an outcome.
 */
package org.salessequences.domain.model.reminder;
