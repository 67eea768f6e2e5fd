package org.salessequences.infrastructure.sms;

import java.util.UUID;
import java.util.logging.Logger;

import org.salessequences.log.LogId;
import org.salessequences.spi.message.SmsTransport;

/**
 * The development transport: writes each text to the log instead of sending it (the number shortened, so a log
 * does not become a list of customers' phone numbers).
 */
public class LogSmsTransport implements SmsTransport {

    private static final Logger LOG = Logger.getLogger(LogSmsTransport.class.getName());

    @Override
    public String send(String to, String body) {
        String id = "log-" + UUID.randomUUID();
        LOG.info(() -> LogId.SMS_LOGGED + " SMS " + id + " to " + masked(to) + " (" + body.length() + " characters): "
                + body);
        return id;
    }

    static String masked(String number) {
        return number.length() <= 4 ? "****" : number.substring(0, number.length() - 4).replaceAll("\\d", "*")
                + number.substring(number.length() - 4);
    }
}
