package org.salessequences.application.mail;

/**
 * Sends emails as {@link EmailChannel#send} does, with what they look up read ahead for a batch
 * ({@link EmailChannel#readAhead}). Used by one thread.
 */
@FunctionalInterface
public interface EmailBatch {

    /** @throws org.salessequences.application.EffectException as {@link EmailChannel#send} */
    SentEmail send(EmailRequest request);
}
