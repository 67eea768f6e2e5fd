package org.salessequences.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.spi.message.SmsTransport;

/** Picks the text message transport named by {@code sequences.sms.adapter}. */
@ApplicationScoped
public class SmsTransportProducer {

    @Inject
    @ConfigProperty(name = "sequences.sms.adapter", defaultValue = "log")
    String adapter;

    @Produces
    @ApplicationScoped
    SmsTransport transport() {
        if ("log".equals(adapter)) {
            return new LogSmsTransport();
        }
        throw new IllegalStateException("SEQ-0702 unknown sequences.sms.adapter " + adapter + ": use log");
    }
}
