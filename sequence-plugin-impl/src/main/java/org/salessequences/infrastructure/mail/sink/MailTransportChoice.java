package org.salessequences.infrastructure.mail.sink;

import java.util.Locale;
import java.util.Optional;

/**
 * Where outgoing email goes: through SMTP, or into the built-in sink that keeps it in the plugin's database.
 * <p>
 * {@code sequences.mail.transport} decides when set. Unset, mail is sunk only in dev mode with no SMTP host
 * configured (what {@code deploy/run.sh} gives on the embedded database), so that a try-out shows every email
 * without a mail server; outside dev mode mail is never sunk unless configured so.
 *
 * @param sink   whether mail is kept instead of sent
 * @param reason why, in words, for the start-up log and the health check
 */
public record MailTransportChoice(boolean sink, String reason) {

    public static final String TRANSPORT = "sequences.mail.transport";
    public static final String SMTP_HOST = "sequences.smtp.host";
    /** The SMTP host when {@value #SMTP_HOST} is not set and mail is not sunk. */
    public static final String DEFAULT_SMTP_HOST = "localhost";

    /** @throws IllegalArgumentException when the transport is neither {@code smtp} nor {@code sink} */
    public static MailTransportChoice of(Optional<String> transport, boolean devMode, Optional<String> smtpHost) {
        Optional<String> explicit = transport.map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty());
        if (explicit.isPresent()) {
            return switch (explicit.get()) {
                case "sink" -> new MailTransportChoice(true, TRANSPORT + "=sink");
                case "smtp" -> new MailTransportChoice(false, TRANSPORT + "=smtp");
                default -> throw new IllegalArgumentException(TRANSPORT + " must be smtp or sink, not "
                        + explicit.get());
            };
        }
        boolean hostSet = smtpHost.filter(host -> !host.isBlank()).isPresent();
        if (devMode && !hostSet) {
            return new MailTransportChoice(true, "dev mode without " + SMTP_HOST);
        }
        return new MailTransportChoice(false, hostSet ? SMTP_HOST + " is set" : "not in dev mode");
    }

    public String name() {
        return sink ? "sink" : "smtp";
    }
}
