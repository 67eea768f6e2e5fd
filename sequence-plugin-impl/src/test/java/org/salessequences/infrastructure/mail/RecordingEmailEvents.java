package org.salessequences.infrastructure.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.salessequences.application.mail.EmailEventService;

/**
 * Stands in for the engine's implementation (another module's work): records each report and answers whether it
 * names one of the executions or Message-IDs the test declared sent.
 */
public class RecordingEmailEvents implements EmailEventService {

    /** One report, e.g. {@code opened exec-1}. */
    public record Call(String kind, String subject, String detail) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> sent;

    /** @param sent execution ids and Message-IDs that count as sent */
    public RecordingEmailEvents(Set<String> sent) {
        this.sent = sent;
    }

    private boolean record(String kind, String subject, String detail) {
        calls.add(new Call(kind, subject, detail));
        return sent.contains(subject);
    }

    @Override
    public boolean opened(String executionId, Instant at) {
        return record("opened", executionId, null);
    }

    @Override
    public boolean clicked(String executionId, Instant at) {
        return record("clicked", executionId, null);
    }

    @Override
    public boolean replied(List<String> messageIds, Instant at) {
        calls.add(new Call("replied", String.join(" ", messageIds), null));
        return messageIds.stream().anyMatch(sent::contains);
    }

    @Override
    public boolean bounced(String messageId, String diagnostic, Instant at) {
        return record("bounced", messageId, diagnostic);
    }

    @Override
    public boolean unsubscribed(String executionId, Instant at) {
        return record("unsubscribed", executionId, null);
    }

    @Override
    public boolean complained(String executionId, String email, Instant at) {
        calls.add(new Call("complained", executionId, email));
        return true;
    }

    @Override
    public boolean unsubscribedAddress(String contactId, String email, Instant at) {
        calls.add(new Call("unsubscribedAddress", contactId, email));
        return true;
    }
}
