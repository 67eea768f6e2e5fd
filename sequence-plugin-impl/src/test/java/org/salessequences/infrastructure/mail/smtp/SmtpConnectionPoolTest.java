package org.salessequences.infrastructure.mail.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salessequences.application.EffectException;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailHostRefusedException;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.infrastructure.mail.guard.MailIncidents;

/**
 * The pool and the failure classification against a scripted SMTP server that answers RCPT TO with a chosen
 * reply, and can drop a connection after the first message, as real servers do.
 */
class SmtpConnectionPoolTest {

    /** Nothing listed: the scripted server on loopback is not a place a rep's mailbox may reach. */
    private static final MailHostPolicy NOTHING_LISTED = MailHostPolicy.of(List.of());

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static MimeMessage message() throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("rita@example.com");
        message.setRecipients(MimeMessage.RecipientType.TO, "ada@example.com");
        message.setSubject("Hi");
        message.setText("Hello");
        return message;
    }

    private static EffectException failure(ScriptedSmtpServer server) throws MessagingException {
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1), NOTHING_LISTED)) {
            MimeMessage message = message();
            MessagingException failed = assertThrows(MessagingException.class, () -> pool.send(server.mailServer(),
                    false, message, new InternetAddress[] {new InternetAddress("ada@example.com")}));
            return SmtpFailures.toEffectFailure(failed, "the test email", server.mailServer());
        }
    }

    @Test
    void aRefusedRecipientIsPermanent() throws Exception {
        server = new ScriptedSmtpServer("550 5.1.1 no such user", false);
        EffectException failure = failure(server);
        assertFalse(failure.isRetryable());
        assertTrue(failure.getMessage().contains("550"), failure.getMessage());
        assertTrue(failure.getMessage().contains("refused a recipient's address"), failure.getMessage());
        assertTrue(failure.getMessage().matches(".*\\(incident [0-9a-f]{8}\\)$"), failure.getMessage());
        assertFalse(failure.getMessage().contains("no such user"), "the server's words stay in the log");
    }

    @Test
    void aTemporaryRefusalIsRetryable() throws Exception {
        server = new ScriptedSmtpServer("451 4.7.1 greylisted, try again later", false);
        EffectException failure = failure(server);
        assertTrue(failure.isRetryable());
        assertTrue(failure.getMessage().contains("451"), failure.getMessage());
        assertFalse(failure.getMessage().contains("greylisted"), failure.getMessage());
    }

    @Test
    void theBannerOfAServerThatRefusesTheLoginIsNotShown() throws Exception {
        server = new ScriptedSmtpServer("250 OK", false);
        MailServer withLogin = new MailServer("localhost", server.port(), "rita", "pw", false);
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1), NOTHING_LISTED)) {
            MessagingException failed = assertThrows(MessagingException.class, () -> pool.send(withLogin, false,
                    message(), new InternetAddress[] {new InternetAddress("ada@example.com")}));
            EffectException failure = SmtpFailures.toEffectFailure(failed, "the test email", withLogin);
            assertFalse(failure.isRetryable());
            assertTrue(failure.getMessage().startsWith("SEQ-0621 the mail server refused the login (incident "),
                    failure.getMessage());
            assertFalse(failure.getMessage().contains("internal-relay"), failure.getMessage());
        }
    }

    @Test
    void aRepsServerOnLoopbackIsNotConnectedToUnlessListed() throws Exception {
        server = new ScriptedSmtpServer("250 OK", false);
        InternetAddress[] to = {new InternetAddress("ada@example.com")};
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1), NOTHING_LISTED)) {
            MessagingException failed = assertThrows(MessagingException.class,
                    () -> pool.send(server.mailServer(), true, message(), to));
            assertTrue(MailIncidents.refusal(failed).isPresent(), String.valueOf(failed));
            EffectException failure = SmtpFailures.toEffectFailure(failed, "the test email", server.mailServer());
            assertFalse(failure.isRetryable());
            assertTrue(failure.getMessage().startsWith("SEQ-0671 the mailbox's server is not allowed"),
                    failure.getMessage());
            assertEquals(0, server.connections.get(), "not even a connection was opened: no plain-socket fallback");
        }
        MailHostPolicy listed = MailHostPolicy.of(List.of("localhost", "127.0.0.1", "::1"));
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1), listed)) {
            pool.send(server.mailServer(), true, message(), to);
            assertEquals(1, server.messagesAccepted.get(), "listed, the same server is used");
        }
    }

    @Test
    void aRepsServerOnAnotherPortIsRefusedEvenWhenItsAddressIsPublic() {
        MailServer webServer = new MailServer("93.184.215.14", 80, null, null, false);
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1), NOTHING_LISTED)) {
            MessagingException failed = assertThrows(MessagingException.class, () -> pool.send(webServer, true,
                    message(), new InternetAddress[] {new InternetAddress("ada@example.com")}));
            MailHostRefusedException refused = MailIncidents.refusal(failed).orElseThrow();
            assertEquals(MailHostPolicy.Field.PORT, refused.refusal().field());
        }
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedOnce() throws Exception {
        server = new ScriptedSmtpServer("250 OK", true);
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1), NOTHING_LISTED)) {
            InternetAddress[] to = {new InternetAddress("ada@example.com")};
            pool.send(server.mailServer(), false, message(), to);
            pool.send(server.mailServer(), false, message(), to);
            assertEquals(2, pool.connectionsOpened());
            assertEquals(2, server.messagesAccepted.get());
        }
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        server = new ScriptedSmtpServer("250 OK", false);
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMillis(1), NOTHING_LISTED)) {
            InternetAddress[] to = {new InternetAddress("ada@example.com")};
            pool.send(server.mailServer(), false, message(), to);
            Thread.sleep(5);
            pool.closeIdle();
            pool.send(server.mailServer(), false, message(), to);
            assertEquals(2, pool.connectionsOpened());
        }
    }

    /** Enough of SMTP for Jakarta Mail to send: one scripted reply to RCPT TO. */
    static final class ScriptedSmtpServer implements AutoCloseable {

        final AtomicInteger messagesAccepted = new AtomicInteger();
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket;
        private final String rcptReply;
        private final boolean dropAfterMessage;

        ScriptedSmtpServer(String rcptReply, boolean dropAfterMessage) throws IOException {
            this.socket = new ServerSocket(0);
            this.rcptReply = rcptReply;
            this.dropAfterMessage = dropAfterMessage;
            Thread acceptor = new Thread(this::serve, "scripted-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        MailServer mailServer() {
            return new MailServer("localhost", port(), null, null, false);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    connections.incrementAndGet();
                    converse(client);
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        private void converse(Socket client) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
            out.print("220 scripted ESMTP\r\n");
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250-scripted\r\n250 AUTH PLAIN LOGIN");
                    case "AUTH" -> reply(out, "535 5.7.8 internal-relay.corp.example rejected credentials");
                    case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> reply(out, rcptReply);
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself is of no interest
                        }
                        messagesAccepted.incrementAndGet();
                        reply(out, "250 queued");
                        if (dropAfterMessage) {
                            return;
                        }
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        }

        private static void reply(PrintWriter out, String reply) {
            out.print(reply + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
