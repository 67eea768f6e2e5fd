package org.salessequences.application.engine;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.salessequences.domain.model.execution.Decision;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.execution.StepGate;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.domain.model.shared.PhoneNumbers;
import org.salessequences.spi.host.HostContact;

/**
 * Whether a matching step can have its effect for one contact: an email needs an address that has not
 * unsubscribed and room under the owner's daily limit; a text needs an international phone number.
 */
final class EffectGate implements StepGate {

    /**
     * The emails an owner may still send today; shared by all enrollments of a chunk. Counted on the first email of
     * the chunk, so a chunk without one (a sequence of tasks, say) does not count the owner's emails at all.
     */
    static final class DailyEmailBudget {
        private final LongSupplier initially;
        private long remaining;
        private boolean counted;

        DailyEmailBudget(LongSupplier initially) {
            this.initially = initially;
        }

        boolean take() {
            if (!counted) {
                remaining = initially.getAsLong();
                counted = true;
            }
            if (remaining <= 0) {
                return false;
            }
            remaining--;
            return true;
        }
    }

    private final HostContact contact;
    private final boolean unsubscribed;
    private final DailyEmailBudget budget;

    EffectGate(HostContact contact, boolean unsubscribed, DailyEmailBudget budget) {
        this.contact = contact;
        this.unsubscribed = unsubscribed;
        this.budget = budget;
    }

    @Override
    public Optional<Decision> check(CompiledStep step) {
        if (step.type().isEmail()) {
            if (contact.email() == null || contact.email().isBlank()) {
                return Optional.of(Decision.skipped(step, ExecutionReason.NO_EMAIL_ADDRESS));
            }
            if (unsubscribed) {
                return Optional.of(Decision.skipped(step, ExecutionReason.UNSUBSCRIBED));
            }
            // A reminder counts against the limit when the rep sends it, not when it is created.
            if (step.type() == StepType.EMAIL && !budget.take()) {
                return Optional.of(Decision.deferred(step, ExecutionReason.DAILY_EMAIL_LIMIT));
            }
        }
        if (step.type() == StepType.SMS) {
            if (contact.phone() == null || contact.phone().isBlank()) {
                return Optional.of(Decision.skipped(step, ExecutionReason.NO_PHONE_NUMBER));
            }
            if (PhoneNumbers.e164(contact.phone()).isEmpty()) {
                return Optional.of(Decision.skipped(step, ExecutionReason.INVALID_PHONE_NUMBER));
            }
        }
        return Optional.empty();
    }
}
