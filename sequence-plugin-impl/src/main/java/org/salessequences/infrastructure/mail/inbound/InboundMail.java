package org.salessequences.infrastructure.mail.inbound;

import java.time.LocalDate;
import java.util.List;

import org.salessequences.domain.model.inbound.BounceClass;

/** What a message in a rep's inbox is, for the channel. */
public sealed interface InboundMail {

    /** A person's reply, referring to these Message-IDs (from {@code In-Reply-To} and {@code References}). */
    record Reply(List<String> messageIds) implements InboundMail {
        public Reply {
            messageIds = List.copyOf(messageIds);
        }
    }

    /**
     * A delivery failure.
     *
     * @param messageId  the bounced email's Message-ID with its brackets, or {@code null} when the report has none
     * @param recipient  the address delivery failed for (lower case), or {@code null} when the report names none
     * @param status     the enhanced status code ({@code 5.1.1}), or {@code null}
     * @param bounceClass hard, soft or the sender's own failure
     * @param diagnostic the server's words
     */
    record Bounce(String messageId, String recipient, String status, BounceClass bounceClass, String diagnostic)
            implements InboundMail {
    }

    /** A feedback report (ARF): the recipient marked the email with this Message-ID as spam. */
    record Complaint(String messageId, String recipient) implements InboundMail {
    }

    /** A mail client's unsubscribe request (subject "unsubscribe", to a List-Unsubscribe mailto) from this address. */
    record Unsubscribe(String from) implements InboundMail {
    }

    /**
     * An automatic answer (out-of-office and the like), never a reply.
     *
     * @param messageIds the emails it answers ({@code In-Reply-To}, {@code References}); may be empty
     * @param from       its sender's address (lower case), or {@code null}
     * @param returnDate the day its writer says they are back, or {@code null} when it names none
     */
    record AutoReply(List<String> messageIds, String from, LocalDate returnDate) implements InboundMail {
        public AutoReply {
            messageIds = List.copyOf(messageIds);
        }
    }

    /** Nothing to report (a delay notice, a challenge, mail that is no reply at all), and why. */
    record Ignored(String reason) implements InboundMail {
    }
}
