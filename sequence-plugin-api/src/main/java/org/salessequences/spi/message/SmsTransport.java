package org.salessequences.spi.message;

/**
 * Sends text messages. One instance serves the application; {@link #send} may be called from several threads at
 * once and blocks until the provider accepted or refused the message.
 */
public interface SmsTransport {

    /**
     * @param to   the recipient in E.164 form ({@code +4930123456})
     * @param body the text
     * @return the provider's id of the message
     * @throws SmsException when the provider refused it or could not be reached
     */
    String send(String to, String body);
}
