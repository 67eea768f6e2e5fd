package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
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
import org.salessequences.domain.model.mailbox.MailHostPolicy;
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
    /** smtp.example.com and imap.example.com are public; evil.example.net too; inside.example.com is not. */
    private static final MailHostPolicy.Resolver RESOLVER = host -> switch (host) {
        case "smtp.example.com", "imap.example.com", "evil.example.net" ->
                new InetAddress[] {InetAddress.getByName("93.184.215.14")};
        case "inside.example.com" -> new InetAddress[] {InetAddress.getByName("10.0.0.25")};
        default -> InetAddress.getAllByName(host);
    };
    private final DefaultMailboxService service = new DefaultMailboxService(repository, new ApplicationClock(),
            MailHostPolicy.of(List.of("10.0.0.25:2526"), RESOLVER));

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
    void anOmittedPasswordKeepsTheStoredOneOnlyForTheSameHostPortLoginAndTlsMode() {
        service.put(rita, settings(new SmtpServer("smtp.example.com", 587, "rita", "pw1", true),
                new ImapServer("imap.example.com", 993, "rita", "pw2", true)));
        service.put(rita, settings(new SmtpServer("SMTP.example.com", 587, "rita", null, true),
                new ImapServer("imap.example.com", 993, "rita", "", true)));
        assertEquals("pw1", repository.find("rita").orElseThrow().smtp().password());
        assertEquals("pw2", repository.find("rita").orElseThrow().imap().password());

        for (SmtpServer changed : List.of(new SmtpServer("evil.example.net", 587, "rita", null, true),
                new SmtpServer("smtp.example.com", 465, "rita", null, true),
                new SmtpServer("smtp.example.com", 587, "rita2", null, true),
                new SmtpServer("smtp.example.com", 587, "rita", null, false))) {
            ValidationException refused = assertThrows(ValidationException.class, () -> service.put(rita,
                    settings(changed, null)), changed.toString());
            assertEquals(List.of("smtp.password"), refused.errors().stream().map(FieldError::field).toList());
        }
        ValidationException imapInTheClear = assertThrows(ValidationException.class, () -> service.put(rita,
                settings(null, new ImapServer("imap.example.com", 143, "rita", null, false))));
        assertEquals(List.of("imap.password"), imapInTheClear.errors().stream().map(FieldError::field).toList());
        assertEquals("smtp.example.com", repository.find("rita").orElseThrow().smtp().host(), "nothing was stored");
        assertEquals(587, repository.find("rita").orElseThrow().smtp().port());

        service.put(rita, settings(new SmtpServer("smtp.example.com", 465, "rita", "pw3", false), null));
        assertEquals("pw3", repository.find("rita").orElseThrow().smtp().password(), "given again, it is stored");
    }

    @Test
    void serversOnInsideAddressesOrOtherPortsAreRefusedNamingHostOrPort() {
        for (String host : List.of("169.254.169.254", "127.0.0.1", "[::1]", "localhost", "inside.example.com",
                "10.0.0.25")) {
            ValidationException refused = assertThrows(ValidationException.class, () -> service.put(rita,
                    settings(new SmtpServer(host, 587, null, null, false), null)), host);
            assertEquals(List.of("smtp.host"), refused.errors().stream().map(FieldError::field).toList(), host);
        }
        ValidationException port = assertThrows(ValidationException.class, () -> service.put(rita,
                settings(new SmtpServer("smtp.example.com", 6379, null, null, false),
                        new ImapServer("imap.example.com", 22, "rita", "pw", true))));
        assertEquals(List.of("smtp.port", "imap.port"), port.errors().stream().map(FieldError::field).toList());
        assertThrows(NotFoundException.class, () -> service.get(rita), "nothing was stored");

        MailboxView listed = service.put(rita, settings(new SmtpServer("inside.example.com", 2526, null, null, false),
                null));
        assertEquals(2526, listed.smtp().port(), "an address the administrator listed, on the port listed");
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
