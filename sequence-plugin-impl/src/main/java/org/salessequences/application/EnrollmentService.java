package org.salessequences.application;

import java.util.List;

import org.salessequences.api.enrollment.EnrollmentOutcome;
import org.salessequences.api.enrollment.EnrollmentRequest;
import org.salessequences.api.enrollment.EnrollmentView;

/** Enrollments in sequences the caller can see. */
public interface EnrollmentService {

    /**
     * Adds contacts (or the contacts of accounts) to a sequence by hand. Contacts already in the sequence, with an
     * email already in it (when duplicates are prevented) or active in another exclusive sequence are skipped.
     *
     * @throws ValidationException naming each id the host does not know; nothing is enrolled then
     */
    EnrollmentOutcome enroll(Caller caller, String sequenceId, EnrollmentRequest request);

    List<EnrollmentView> list(Caller caller, String sequenceId, String status, int page, int size);

    long count(Caller caller, String sequenceId, String status);

    EnrollmentView pause(Caller caller, String enrollmentId);

    EnrollmentView resume(Caller caller, String enrollmentId);

    /** Takes a contact out of a sequence: the enrollment exits as {@code REMOVED}. */
    EnrollmentView remove(Caller caller, String enrollmentId);

    /** A contact's enrollments in the sequences the caller can see, newest first. */
    List<EnrollmentView> forContact(Caller caller, String contactId, int page, int size);

    long countForContact(Caller caller, String contactId);
}
