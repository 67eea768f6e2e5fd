package org.salessequences.application.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salessequences.domain.model.condition.ConditionField;
import org.salessequences.domain.model.condition.RecordFacts;
import org.salessequences.domain.model.execution.ExecutionStatus;
import org.salessequences.domain.model.execution.PastExecution;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * The facts conditions read about one contact: its properties and custom fields, its account's, and, inside a
 * sequence, the email activity of its enrollment. "The previous email" is the latest email step that ran for the
 * enrollment (steps run in position order, so for the step being decided it is the one before it).
 */
public final class ContactFacts implements RecordFacts {

    private final HostContact contact;
    private final HostAccount account;
    private final Map<String, PastExecution> history;
    private final Map<String, Integer> positions;

    public ContactFacts(HostContact contact, HostAccount account, Map<String, PastExecution> history,
                        List<CompiledStep> steps) {
        this.contact = contact;
        this.account = account;
        this.history = history;
        this.positions = steps.stream().collect(java.util.stream.Collectors.toMap(CompiledStep::id, CompiledStep::position));
    }

    /** Facts of a record outside a sequence (entry conditions). */
    public static ContactFacts of(HostContact contact, HostAccount account) {
        return new ContactFacts(contact, account, Map.of(), List.of());
    }

    @Override
    public String property(ConditionField field) {
        return switch (field.scope()) {
            case CONTACT -> contact.property(field.name());
            case CONTACT_CUSTOM -> contact.customFields().get(field.name());
            case ACCOUNT -> account == null ? null : account.property(field.name());
            case ACCOUNT_CUSTOM -> account == null ? null : account.customFields().get(field.name());
            case EMAIL_ACTIVITY -> null;
        };
    }

    @Override
    public boolean emailActivity(String event, boolean previousOnly) {
        List<PastExecution> emails = history.values().stream()
                .filter(past -> past.type().isEmail() && past.status() == ExecutionStatus.EXECUTED && past.sent())
                .toList();
        if (previousOnly) {
            Optional<PastExecution> previous = emails.stream()
                    .max(Comparator.comparingInt(past -> positions.getOrDefault(past.stepId(), 0)));
            return previous.map(past -> happened(past, event)).orElse(false);
        }
        return emails.stream().anyMatch(past -> happened(past, event));
    }

    private static boolean happened(PastExecution past, String event) {
        return switch (event) {
            case "opened" -> past.opened();
            case "clicked" -> past.clicked();
            case "replied" -> past.replied();
            case "bounced" -> past.bounced();
            default -> false;
        };
    }
}
