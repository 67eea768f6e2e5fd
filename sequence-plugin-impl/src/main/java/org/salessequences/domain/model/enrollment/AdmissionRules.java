package org.salessequences.domain.model.enrollment;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may enter a sequence, for manual enrollment and for audience runs alike: a contact is enrolled in a
 * sequence at most once, ever; with duplicate prevention, one enrollment per email address; and a contact
 * active in one exclusive sequence enters no other exclusive sequence.
 */
public final class AdmissionRules {

    /**
     * Why a contact was not enrolled. {@code OWNED_BY_ANOTHER_USER}: the contact of an account enrolled by hand
     * belongs to another user ({@link org.salessequences.domain.model.contact.ContactVisibility#OWNER}).
     */
    public enum Refusal {
        ALREADY_ENROLLED, DUPLICATE_EMAIL, IN_EXCLUSIVE_SEQUENCE, OWNED_BY_ANOTHER_USER
    }

    private AdmissionRules() {
    }

    /**
     * @param preventDuplicateEmails the sequence's audience setting
     * @param exclusive              whether the sequence is exclusive
     * @return the refusal, or empty when the contact may be enrolled
     */
    public static Optional<Refusal> check(EnrollmentRepository enrollments, String sequenceId, String contactId,
                                          String email, boolean preventDuplicateEmails, boolean exclusive) {
        if (enrollments.isEnrolled(sequenceId, contactId)) {
            return Optional.of(Refusal.ALREADY_ENROLLED);
        }
        String normalised = normaliseEmail(email);
        if (preventDuplicateEmails && normalised != null && enrollments.hasEmail(sequenceId, normalised)) {
            return Optional.of(Refusal.DUPLICATE_EMAIL);
        }
        if (exclusive && enrollments.isInOtherExclusiveSequence(contactId, sequenceId)) {
            return Optional.of(Refusal.IN_EXCLUSIVE_SEQUENCE);
        }
        return Optional.empty();
    }

    /** Emails compare without case or surrounding blanks. */
    public static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
