package org.salessequences.domain.model.mailbox;

import java.util.Collection;
import java.util.Map;

/** The sending limits kept with reps' mailboxes. Joins the caller's transaction. */
public interface MailboxLimitsStore {

    /** The limits of these owners' mailboxes; an owner without a mailbox or limits is left out. */
    Map<String, SendLimits> of(Collection<String> ownerIds);

    /** Sets the limits of a rep's saved mailbox. */
    void save(String ownerId, SendLimits limits);
}
