package org.salessequences.infrastructure.mail.sink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.transaction.Transactional;

import org.salessequences.api.devmailbox.DevMailboxEmail;
import org.salessequences.domain.model.mailbox.DevMailbox;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.log.LogId;

/**
 * {@code seq_dev_mailbox}: one row per Message-ID, so an email retried after it was kept is still one email.
 * Recipients are kept in lower case, so that the filter by address uses its index.
 */
@ApplicationScoped
public class JdbcDevMailbox implements DevMailbox {

    private static final Logger LOG = Logger.getLogger(JdbcDevMailbox.class.getName());
    private static final String COLUMNS = "id, to_address, from_address, subject, message_id, mime, sent_at";
    /** Parsing needs no server. */
    private static final Session PARSING = Session.getInstance(new Properties());

    private Sql sql;
    private MailTransportChoice transport;

    protected JdbcDevMailbox() {
        // for the CDI proxy
    }

    @Inject
    public JdbcDevMailbox(Sql sql, MailTransportChoice transport) {
        this.sql = sql;
        this.transport = transport;
    }

    /** Says at start-up where mail goes, so nobody waits for emails a sink keeps. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (transport.sink()) {
            LOG.info(LogId.MAIL_SUNK + " outgoing mail is kept in the built-in sink (" + transport.reason()
                    + "), not sent: see GET /api/v1/dev-mailbox or the demo page's Mailbox tab");
        } else {
            LOG.info(LogId.MAIL_SENT_BY_SMTP + " outgoing mail is sent through SMTP (" + transport.reason() + ")");
        }
    }

    @Override
    public boolean active() {
        return transport.sink();
    }

    /** Keeps the message in place of sending it; a message of the same Message-ID replaces the earlier one. */
    @Transactional
    public void keep(MimeMessage message, Instant at) throws MessagingException {
        ByteArrayOutputStream mime = new ByteArrayOutputStream();
        try {
            message.writeTo(mime);
        } catch (IOException e) {
            throw new MessagingException("the message could not be written", e);
        }
        String messageId = message.getMessageID();
        sql.update("DELETE FROM seq_dev_mailbox WHERE message_id = ?", messageId);
        sql.update("INSERT INTO seq_dev_mailbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                addresses(message.getRecipients(Message.RecipientType.TO)).toLowerCase(Locale.ROOT), addresses(message.getFrom()),
                Optional.ofNullable(message.getSubject()).orElse(""), messageId,
                mime.toString(StandardCharsets.ISO_8859_1), at);
    }

    @Override
    public List<DevMailboxEmail> page(String to, int page, int size) {
        return sql.query("SELECT " + COLUMNS + " FROM seq_dev_mailbox" + where(to)
                        + " ORDER BY sent_at DESC, id DESC OFFSET " + ((long) page * size) + " ROWS FETCH FIRST " + size
                        + " ROWS ONLY", JdbcDevMailbox::email, parameters(to));
    }

    @Override
    public long count(String to) {
        return sql.count("SELECT COUNT(*) FROM seq_dev_mailbox" + where(to), parameters(to));
    }

    @Override
    public Optional<DevMailboxEmail> find(String id) {
        return sql.first("SELECT " + COLUMNS + " FROM seq_dev_mailbox WHERE id = ?", JdbcDevMailbox::email, id);
    }

    private static String where(String to) {
        return to == null ? "" : " WHERE to_address = ?";
    }

    private static Object[] parameters(String to) {
        return to == null ? new Object[0] : new Object[] {to.strip().toLowerCase(Locale.ROOT)};
    }

    private static DevMailboxEmail email(ResultSet row) throws SQLException {
        String mime = row.getString("mime");
        Bodies bodies = new Bodies();
        List<DevMailboxEmail.Header> headers = new ArrayList<>();
        try {
            MimeMessage message = new MimeMessage(PARSING,
                    new ByteArrayInputStream(mime.getBytes(StandardCharsets.ISO_8859_1)));
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.add(new DevMailboxEmail.Header(header.getName(), decoded(header.getValue())));
            }
            bodies.collect(message);
        } catch (MessagingException | IOException e) {
            bodies.text = "(the stored message could not be read: " + e.getMessage() + ")";
        }
        return new DevMailboxEmail(row.getString("id"), row.getString("to_address"), row.getString("from_address"),
                row.getString("subject"), bodies.html, bodies.text, row.getString("message_id"),
                Sql.instant(row, "sent_at").atOffset(ZoneOffset.UTC), headers);
    }

    private static String decoded(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> plain = new ArrayList<>();
        for (Address address : addresses) {
            plain.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
        }
        return String.join(", ", plain);
    }

    /** The first HTML and the first plain-text part of a message. */
    private static final class Bodies {
        String html;
        String text;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            }
        }
    }
}
