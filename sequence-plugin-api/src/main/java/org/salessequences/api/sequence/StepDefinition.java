package org.salessequences.api.sequence;

import java.util.List;

/**
 * One step of a sequence.
 *
 * @param id         stable id assigned by the server; send it back on update to keep the step's history attached
 * @param position   1-based order of the step, assigned by the server from the order of the list
 * @param type       {@code EMAIL}, {@code EMAIL_REMINDER}, {@code FOLLOW_UP}, {@code CALL_REMINDER} or {@code SMS}
 * @param day        classic sequences: the day (1..90) the step runs on; smart sequences: {@code null}
 * @param conditions up to 8 conditions; a step whose conditions do not match is skipped (classic) or passed over
 *                   (smart)
 * @param match      {@code ALL} or {@code ANY} of the conditions
 * @param email      settings of email and email reminder steps
 * @param task       settings of follow-up and call reminder steps
 * @param sms        settings of SMS steps
 */
public record StepDefinition(String id, Integer position, String type, Integer day,
                             List<ConditionDefinition> conditions, String match,
                             EmailSettings email, TaskSettings task, SmsSettings sms) {
}
