package org.salessequences.domain.model.sequence;

/** The five kinds of step. */
public enum StepType {
    /** An email sent automatically. */
    EMAIL,
    /** An email a rep reviews and personalises before it is sent; the contact waits on it until then. */
    EMAIL_REMINDER,
    /** A follow-up task for the sequence owner. */
    FOLLOW_UP,
    /** A reminder for the sequence owner to call the contact. */
    CALL_REMINDER,
    /** A text message. */
    SMS;

    public boolean isEmail() {
        return this == EMAIL || this == EMAIL_REMINDER;
    }

    public boolean isTask() {
        return this == FOLLOW_UP || this == CALL_REMINDER;
    }
}
