package org.salessequences.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.ContactActivityService;
import org.salessequences.application.engine.SequenceCompiler;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * A meeting with a contact was booked (inbound event {@code MEETING_BOOKED}): the contact's Last activity type becomes
 * Meeting, and its enrollments in sequences whose exit criteria say {@code meetingBooked} end at once.
 */
@ApplicationScoped
@Transactional
public class MeetingBookings {

    static final String MEETING = "Meeting";

    @Inject
    HostCrm host;
    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    SequenceRepository sequences;
    @Inject
    SequenceCompiler compiler;
    @Inject
    ContactActivityService activities;

    /** @return whether the contact was found */
    public boolean booked(String contactId, String email, Instant at) {
        Optional<HostContact> contact = contactId != null ? host.findContact(contactId)
                : email == null ? Optional.empty() : host.findContactByEmail(email);
        if (contact.isEmpty()) {
            return false;
        }
        activities.logged(contact.get().id(), null, ContactActivityService.Kind.ACTIVITY_LOGGED, null, MEETING, at);
        for (EnrollmentBatchStore.LiveEnrollment live : enrollments.liveByContact(contact.get().id())) {
            boolean exits = sequences.find(live.sequenceId())
                    .map(sequence -> compiler.compile(sequence, sequences.steps(sequence.id())))
                    .map(CompiledSequence::exitOnMeeting).orElse(false);
            if (exits) {
                enrollments.exit(List.of(live.id()), ExitReason.MEETING_BOOKED, at);
            }
        }
        return true;
    }
}
