package org.salessequences.application.engine;

import java.util.Map;
import java.util.Set;

import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.execution.PastExecution;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * The exit criteria of one due enrollment, checked on what the execute stage read for its chunk anyway (the history,
 * the unsubscribes, the contact): a run for the contacts whose local time has come walks neither every enrollment
 * nor the audience, so it ends here, just before their steps would run, the due ones that should leave.
 */
final class DueExits {

    private final CompiledSequence sequence;
    private final Set<String> unsubscribed;
    private final Map<String, Set<String>> repliedByAccount;

    /**
     * @param unsubscribed     the chunk's unsubscribed addresses (normalised)
     * @param repliedByAccount the chunk's accounts with the enrollments from them that were replied to
     */
    DueExits(CompiledSequence sequence, Set<String> unsubscribed, Map<String, Set<String>> repliedByAccount) {
        this.sequence = sequence;
        this.unsubscribed = unsubscribed;
        this.repliedByAccount = repliedByAccount;
    }

    /** Why the enrollment leaves now, or {@code null} when it stays. */
    ExitReason reason(EnrollmentRow row, String email, HostContact contact, HostAccount account,
                      Map<String, PastExecution> history) {
        if (sequence.exitOnReply() && history.values().stream().anyMatch(PastExecution::replied)) {
            return ExitReason.REPLIED;
        }
        if (sequence.exitOnBounce() && history.values().stream().anyMatch(PastExecution::bounced)) {
            return ExitReason.BOUNCED;
        }
        if (sequence.exitOnUnsubscribe() && email != null && unsubscribed.contains(email)) {
            return ExitReason.UNSUBSCRIBED;
        }
        if (sequence.exitOnAccountReply() && row.accountId() != null && repliedByAccount
                .getOrDefault(row.accountId(), Set.of()).stream().anyMatch(other -> !other.equals(row.id()))) {
            return ExitReason.ACCOUNT_REPLIED;
        }
        if (!sequence.exitConditions().isEmpty()
                && ConditionEvaluator.matches(sequence.exitConditions(), ContactFacts.of(contact, account))) {
            return ExitReason.CONDITIONS;
        }
        return null;
    }
}
