package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.infrastructure.security.SecretCipher;

class JdbcMailboxRepositoryTest {

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesPasswordsEncryptedAndReadsThemBack(String name, Supplier<DataSource> database) {
        Sql sql = new Sql(database.get());
        JdbcMailboxRepository mailboxes = new JdbcMailboxRepository(sql, new SecretCipher("test-key"));
        Mailbox mailbox = new Mailbox("rita", "Rita Rep", "rita@example.com", "<p>Rita</p>",
                new MailServer("smtp.example.com", 587, "rita", "s3cret-smtp", true),
                new MailServer("imap.example.com", 993, "rita", "s3cret-imap", true), AT);
        mailboxes.save(mailbox);

        assertEquals(mailbox, mailboxes.find("rita").orElseThrow());
        List<String> stored = sql.query("SELECT smtp_password, imap_password FROM seq_mailbox",
                row -> row.getString(1) + "|" + row.getString(2));
        assertFalse(stored.get(0).contains("s3cret"), "passwords are not stored in plain text");
        assertEquals(List.of("rita"), mailboxes.ownersWithImap());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void replacesAMailboxAndDropsServersThatWereRemoved(String name, Supplier<DataSource> database) {
        JdbcMailboxRepository mailboxes = new JdbcMailboxRepository(new Sql(database.get()), new SecretCipher("k"));
        mailboxes.save(new Mailbox("rita", null, "rita@example.com", null,
                new MailServer("smtp.example.com", 25, null, null, false),
                new MailServer("imap.example.com", 143, "rita", "pw", false), AT));
        mailboxes.save(new Mailbox("rita", "Rita", "rita@example.org", null, null, null, AT.plusSeconds(5)));

        Mailbox stored = mailboxes.find("rita").orElseThrow();
        assertEquals("rita@example.org", stored.fromAddress());
        assertNull(stored.smtp());
        assertNull(stored.imap());
        assertTrue(mailboxes.ownersWithImap().isEmpty());
        assertTrue(mailboxes.find("someone-else").isEmpty());
    }
}
