package org.salessequences.application.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.enrollment.SequenceMembership;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostCrm;

/**
 * Keeps the host contact's lists of the sequences it is active in and has completed, for the contacts whose
 * enrollments changed since the host last showed them.
 */
@ApplicationScoped
public class ContactSyncService {

    /** Contacts written per transaction. */
    public static final int BATCH = 200;

    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    HostCrm host;
    @Inject
    Clock clock;

    /** Writes the lists of up to {@link #BATCH} pending contacts; returns their ids. */
    @Transactional
    public List<String> syncBatch() {
        Instant asOf = clock.instant();
        List<String> contactIds = enrollments.unsyncedContacts(BATCH);
        if (contactIds.isEmpty()) {
            return contactIds;
        }
        Map<String, List<String>> active = new HashMap<>();
        Map<String, List<String>> completed = new HashMap<>();
        for (SequenceMembership membership : enrollments.memberships(contactIds)) {
            if (membership.status() == EnrollmentStatus.ACTIVE || membership.status() == EnrollmentStatus.PAUSED) {
                active.computeIfAbsent(membership.contactId(), id -> new ArrayList<>()).add(membership.sequenceName());
            } else if (membership.status() == EnrollmentStatus.COMPLETED) {
                completed.computeIfAbsent(membership.contactId(), id -> new ArrayList<>()).add(membership.sequenceName());
            }
        }
        for (String contactId : contactIds) {
            host.updateContact(contactId, new ContactUpdate(null, null, active.getOrDefault(contactId, List.of()),
                    completed.getOrDefault(contactId, List.of())));
        }
        enrollments.markSynced(contactIds, asOf);
        return contactIds;
    }
}
