package org.salessequences.domain.model.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids the plugin assigns: time-ordered UUIDs (version 7 layout), so that new rows land at the end of their
 * primary-key index instead of all over it, while staying opaque and unguessable to callers.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextLong();
        long randomB = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long low = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
