package org.salessequences.infrastructure.persistence.jdbc;

import static org.salessequences.infrastructure.persistence.jdbc.Sql.orNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.Sql.NullOf;
import org.salessequences.infrastructure.security.SecretCipher;

/** {@code seq_mailbox}: passwords go in and come out through the {@link SecretCipher}, never as plain text. */
@ApplicationScoped
public class JdbcMailboxRepository implements MailboxRepository {

    private static final String COLUMNS = "from_name, from_address, signature, smtp_host, smtp_port, smtp_username, "
            + "smtp_password, smtp_starttls, imap_host, imap_port, imap_username, imap_password, imap_ssl, updated_at";

    private Sql sql;
    private SecretCipher cipher;

    protected JdbcMailboxRepository() {
        // for the CDI proxy
    }

    @Inject
    public JdbcMailboxRepository(Sql sql, SecretCipher cipher) {
        this.sql = sql;
        this.cipher = cipher;
    }

    @Override
    public Optional<Mailbox> find(String ownerId) {
        return sql.first("SELECT owner_id, " + COLUMNS + " FROM seq_mailbox WHERE owner_id = ?", this::read, ownerId);
    }

    @Override
    public void save(Mailbox mailbox) {
        Object[] values = values(mailbox);
        Object[] updateParameters = new Object[values.length + 1];
        System.arraycopy(values, 0, updateParameters, 0, values.length);
        updateParameters[values.length] = mailbox.ownerId();
        int updated = sql.update("UPDATE seq_mailbox SET from_name = ?, from_address = ?, signature = ?, "
                + "smtp_host = ?, smtp_port = ?, smtp_username = ?, smtp_password = ?, smtp_starttls = ?, "
                + "imap_host = ?, imap_port = ?, imap_username = ?, imap_password = ?, imap_ssl = ?, updated_at = ? "
                + "WHERE owner_id = ?", updateParameters);
        if (updated == 0) {
            Object[] insertParameters = new Object[values.length + 1];
            insertParameters[0] = mailbox.ownerId();
            System.arraycopy(values, 0, insertParameters, 1, values.length);
            sql.update("INSERT INTO seq_mailbox (owner_id, " + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insertParameters);
        }
    }

    @Override
    public List<String> ownersWithImap() {
        return sql.query("SELECT owner_id FROM seq_mailbox WHERE imap_host IS NOT NULL ORDER BY owner_id",
                row -> row.getString(1));
    }

    private Object[] values(Mailbox mailbox) {
        MailServer smtp = mailbox.smtp();
        MailServer imap = mailbox.imap();
        return new Object[] {orNull(mailbox.fromName(), NullOf.VARCHAR), orNull(mailbox.fromAddress(), NullOf.VARCHAR),
                orNull(mailbox.signature(), NullOf.VARCHAR),
                orNull(smtp == null ? null : smtp.host(), NullOf.VARCHAR),
                orNull(smtp == null ? null : smtp.port(), NullOf.INTEGER),
                orNull(smtp == null ? null : smtp.username(), NullOf.VARCHAR),
                orNull(encrypted(smtp), NullOf.VARCHAR),
                orNull(smtp == null ? null : smtp.secure(), NullOf.BOOLEAN),
                orNull(imap == null ? null : imap.host(), NullOf.VARCHAR),
                orNull(imap == null ? null : imap.port(), NullOf.INTEGER),
                orNull(imap == null ? null : imap.username(), NullOf.VARCHAR),
                orNull(encrypted(imap), NullOf.VARCHAR),
                orNull(imap == null ? null : imap.secure(), NullOf.BOOLEAN),
                mailbox.updatedAt().toEpochMilli()};
    }

    private String encrypted(MailServer server) {
        return server == null || !server.hasPassword() ? null : cipher.encrypt(server.password());
    }

    private Mailbox read(ResultSet row) throws SQLException {
        return new Mailbox(row.getString("owner_id"), row.getString("from_name"), row.getString("from_address"),
                row.getString("signature"), server(row, "smtp_", "smtp_starttls"), server(row, "imap_", "imap_ssl"),
                Instant.ofEpochMilli(row.getLong("updated_at")));
    }

    private MailServer server(ResultSet row, String prefix, String secureColumn) throws SQLException {
        String host = row.getString(prefix + "host");
        if (host == null) {
            return null;
        }
        String password = row.getString(prefix + "password");
        return new MailServer(host, row.getInt(prefix + "port"), row.getString(prefix + "username"),
                password == null ? null : cipher.decrypt(password), row.getBoolean(secureColumn));
    }
}
