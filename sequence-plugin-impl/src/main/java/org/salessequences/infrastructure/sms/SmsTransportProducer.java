package org.salessequences.infrastructure.sms;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.log.LogId;
import org.salessequences.spi.message.SmsTransport;

/** Picks the text message transport named by {@code sequences.sms.adapter}. */
@ApplicationScoped
public class SmsTransportProducer {

    @Inject
    @ConfigProperty(name = "sequences.sms.adapter")
    String adapter;
    @Inject
    @ConfigProperty(name = "sequences.sms.twilio.url")
    String twilioUrl;
    // Optional: an empty default counts as no value in MicroProfile Config and would stop the deployment.
    @Inject
    @ConfigProperty(name = "sequences.sms.twilio.sid")
    Optional<String> twilioSid;
    @Inject
    @ConfigProperty(name = "sequences.sms.twilio.token")
    Optional<String> twilioToken;
    @Inject
    @ConfigProperty(name = "sequences.sms.twilio.from")
    Optional<String> twilioFrom;

    @Produces
    @ApplicationScoped
    SmsTransport transport() {
        return switch (adapter) {
            case "log" -> new LogSmsTransport();
            case "twilio" -> {
                if (twilioSid.isEmpty() || twilioToken.isEmpty() || twilioFrom.isEmpty()) {
                    throw new IllegalStateException(LogId.TWILIO_NOT_CONFIGURED + " sequences.sms.adapter=twilio needs "
                            + "sequences.sms.twilio.sid, .token and .from");
                }
                yield new TwilioSmsTransport(twilioUrl, twilioSid.get(), twilioToken.get(), twilioFrom.get());
            }
            default -> throw new IllegalStateException(LogId.SMS_ADAPTER_UNKNOWN + " unknown sequences.sms.adapter "
                    + adapter + ": use log or twilio");
        };
    }
}
