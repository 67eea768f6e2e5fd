package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salessequences.api.FieldError;
import org.salessequences.api.Permission;
import org.salessequences.api.me.ImapServer;
import org.salessequences.api.me.MailboxSettings;
import org.salessequences.api.me.MailboxView;
import org.salessequences.api.me.SmtpServer;
import org.salessequences.application.Caller;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.ValidationException;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.security.SecretCipher;
import org.salessequences.infrastructure.time.ApplicationClock;

/** Against the real mailbox store on H2. */
class DefaultMailboxServiceTest {

    private final Caller rita = new Caller("rita", "Rita", "rita@example.com", Set.of(Permission.VIEW));
    private final JdbcMailboxRepository repository =
            new JdbcMailboxRepository(new Sql(TestDatabases.h2()), new SecretCipher("k"));
    private final DefaultMailboxService service = new DefaultMailboxService(repository, new ApplicationClock());

    private static MailboxSettings settings(SmtpServer smtp, ImapServer imap) {
        return new MailboxSettings("Rita Rep", "rita@example.com", "<p>Rita</p>", smtp, imap);
    }

    @Test
    void storesAndShowsTheMailboxWithoutPasswords() {
        MailboxView view = service.put(rita, settings(new SmtpServer("SMTP.example.com", 587, "rita", "pw1", true),
                new ImapServer("imap.example.com", 993, "rita", "pw2", null)));

        assertEquals(view, service.get(rita));
        assertEquals("smtp.example.com", view.smtp().host());
        assertTrue(view.smtp().passwordSet());
        assertTrue(view.imap().ssl(), "IMAP defaults to TLS");
        assertFalse(view.toString().contains("pw1"));
        assertEquals("pw1", repository.find("rita").orElseThrow().smtp().password());
    }

    @Test
    void anOmittedPasswordKeepsTheStoredOneForTheSameLoginOnly() {
        service.put(rita, settings(new SmtpServer("smtp.example.com", 587, "rita", "pw1", true), null));
        service.put(rita, settings(new SmtpServer("smtp.example.com", 465, "rita", null, false), null));
        assertEquals("pw1", repository.find("rita").orElseThrow().smtp().password());

        ValidationException moved = assertThrows(ValidationException.class, () -> service.put(rita,
                settings(new SmtpServer("evil.example.net", 587, "rita", null, true), null)));
        assertEquals(List.of("smtp.password"), moved.errors().stream().map(FieldError::field).toList());
        assertEquals("smtp.example.com", repository.find("rita").orElseThrow().smtp().host(), "nothing was stored");
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> service.put(rita,
                new MailboxSettings("x".repeat(201), "not an address", null,
                        new SmtpServer(" ", 70_000, "rita", null, true), new ImapServer("imap.example.com", null,
                        null, null, true))));
        assertEquals(List.of("fromAddress", "fromName", "smtp.host", "smtp.port", "smtp.password", "imap.port",
                "imap.username"), invalid.errors().stream().map(FieldError::field).toList());
        assertThrows(NotFoundException.class, () -> service.get(rita));
    }

    @Test
    void withoutServersTheDefaultMailboxSends() {
        MailboxView view = service.put(rita, settings(null, null));
        assertNull(view.smtp());
        assertNull(view.imap());
        assertEquals("rita@example.com", view.fromAddress());
    }
}
