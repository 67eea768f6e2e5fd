package org.salessequences.infrastructure.mail.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailTransportChoiceTest {

    @Test
    void devModeWithoutAnSmtpHostSinksMail() {
        MailTransportChoice choice = MailTransportChoice.of(Optional.empty(), true, Optional.empty());
        assertTrue(choice.sink());
        assertEquals("sink", choice.name());
        assertTrue(MailTransportChoice.of(Optional.of(" "), true, Optional.of("")).sink());
    }

    @Test
    void outsideDevModeMailIsNeverSunkUnlessConfigured() {
        assertFalse(MailTransportChoice.of(Optional.empty(), false, Optional.empty()).sink());
        assertFalse(MailTransportChoice.of(Optional.empty(), true, Optional.of("smtp.example.com")).sink());
        assertTrue(MailTransportChoice.of(Optional.of("SINK"), false, Optional.of("smtp.example.com")).sink());
        assertFalse(MailTransportChoice.of(Optional.of("smtp"), true, Optional.empty()).sink());
    }

    @Test
    void anUnknownTransportIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MailTransportChoice.of(Optional.of("pigeon"), true, Optional.empty()));
        assertTrue(refused.getMessage().contains("sequences.mail.transport"), refused.getMessage());
    }
}
