package org.salessequences.domain.model.execution;

/** Why a step execution is skipped, deferred or failed. The names are part of the public contract. */
public enum ExecutionReason {
    /** The step's conditions did not match the contact. */
    CONDITIONS_NOT_MET,
    /** An email step for a contact without an email address. */
    NO_EMAIL_ADDRESS,
    /** An email step for an address that unsubscribed. */
    UNSUBSCRIBED,
    /** The owner sent as many emails today as allowed; the email goes out on the next day's run. */
    DAILY_EMAIL_LIMIT,
    /** An email reminder of an earlier step has not been sent by the rep yet; the contact waits on it. */
    WAITING_FOR_REMINDER,
    /** An SMS step for a contact without a phone number. */
    NO_PHONE_NUMBER,
    /** An SMS step for a phone number that is not in international (E.164) form. */
    INVALID_PHONE_NUMBER,
    /** The step's effect (sending, creating the task) failed after its retries; the detail says how. */
    EFFECT_FAILED,
    /**
     * A template of the step could not be rendered: it breaks the sandbox or exceeds the rendering budget (output,
     * time, the size of a value, memory or nesting); the detail says how. Not retried: it would fail again.
     */
    TEMPLATE_FAILED,
    /**
     * The email ran but its mailbox has sent as many emails in the last hour as its {@code limits.perHour}: it waits
     * in the outbox, in order, and goes out as soon as the limit allows.
     */
    MAILBOX_HOURLY_LIMIT,
    /**
     * The email ran but its mailbox sent an email less than {@code limits.minSecondsBetween} ago (or others wait
     * before it): it waits in the outbox, in order, and goes out as soon as the spacing allows.
     */
    MAILBOX_SPACING,
    /** An earlier email of the enrollment still waits for its mailbox's limits; this step follows once it is out. */
    WAITING_FOR_EMAIL,
    /**
     * The email bounced softly (the recipient's server refused it for now: mailbox full, a time-out, a policy): the
     * step runs again at the next run and the same email goes again.
     */
    SOFT_BOUNCE;

    /** The reasons of an email that waits in the outbox for its mailbox (set by the outbox, never by a run). */
    public boolean waitsForMailbox() {
        return this == MAILBOX_HOURLY_LIMIT || this == MAILBOX_SPACING;
    }
}
