package org.salessequences.domain.model.condition;

/** What a condition field refers to. */
public enum FieldScope {
    /** A built-in contact property, e.g. {@code city}. */
    CONTACT,
    /** A custom contact field, {@code fields.<name>}. */
    CONTACT_CUSTOM,
    /** A built-in property of the contact's primary account, {@code account.<name>}. */
    ACCOUNT,
    /** A custom field of the contact's primary account, {@code account.fields.<name>}. */
    ACCOUNT_CUSTOM,
    /** Email activity of the enrollment: {@code email.opened}, {@code email.clicked}, {@code email.replied}, {@code email.bounced}. */
    EMAIL_ACTIVITY;

    /** Whether the field is a property of the record (as opposed to email activity). */
    public boolean isProperty() {
        return this != EMAIL_ACTIVITY;
    }
}
