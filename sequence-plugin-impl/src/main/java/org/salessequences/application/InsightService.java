package org.salessequences.application;

import java.util.List;

import org.salessequences.api.activity.ActivityView;
import org.salessequences.api.metrics.SequenceMetrics;

/** What sequences did: a sequence's metrics and a contact's sequence timeline, within the caller's scope. */
public interface InsightService {

    /** @throws NotFoundException when the caller may not see the sequence */
    SequenceMetrics metrics(Caller caller, String sequenceId);

    /** A contact's step executions in the sequences the caller can see, newest first. */
    List<ActivityView> activities(Caller caller, String contactId, int page, int size);

    long countActivities(Caller caller, String contactId);
}
