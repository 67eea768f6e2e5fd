package org.salessequences.domain.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.sequence.SendingReputation.Recent;

class GuardrailsTest {

    private final Guardrails defaults = new Guardrails(0.05, 0.003, 50);

    @Test
    void fiveHardBouncesOfFiftyPassTheBounceRate() {
        assertEquals(PausedReason.BOUNCE_RATE, defaults.breach(new Recent(50, 5, 0)));
        assertNull(defaults.breach(new Recent(50, 2, 0)), "4 % is within 5 %");
        assertNull(defaults.breach(new Recent(100, 5, 0)), "exactly at the limit does not pass it");
    }

    @Test
    void theRatesCountOnlyFromTheMinimumSample() {
        assertNull(defaults.breach(new Recent(49, 40, 40)));
        assertNull(defaults.breach(new Recent(0, 0, 0)));
    }

    @Test
    void complaintsPassTheirOwnLimit() {
        assertEquals(PausedReason.COMPLAINT_RATE, defaults.breach(new Recent(1000, 10, 4)));
        assertNull(defaults.breach(new Recent(1000, 10, 3)));
    }
}
