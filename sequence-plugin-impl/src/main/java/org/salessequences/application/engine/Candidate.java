package org.salessequences.application.engine;

import org.salessequences.spi.host.HostContact;

/**
 * A contact the audience brings to a run.
 *
 * @param contact   the contact
 * @param accountId the account that brought it in (account audiences), else {@code null}
 */
public record Candidate(HostContact contact, String accountId) {
}
