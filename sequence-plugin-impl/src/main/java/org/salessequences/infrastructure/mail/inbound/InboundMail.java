package org.salessequences.infrastructure.mail.inbound;

import java.util.List;

/** What a message in a rep's inbox is, for the channel. */
public sealed interface InboundMail {

    /** A person's reply, referring to these Message-IDs (from {@code In-Reply-To} and {@code References}). */
    record Reply(List<String> messageIds) implements InboundMail {
        public Reply {
            messageIds = List.copyOf(messageIds);
        }
    }

    /** A delivery status notification: the email with this Message-ID could not be delivered. */
    record Bounce(String messageId, String diagnostic) implements InboundMail {
    }

    /** Nothing to report (an auto-reply, a delay notice, mail that is no reply at all), and why. */
    record Ignored(String reason) implements InboundMail {
    }
}
