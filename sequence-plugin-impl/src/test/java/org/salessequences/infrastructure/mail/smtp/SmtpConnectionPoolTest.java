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
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salessequences.application.EffectException;
import org.salessequences.domain.model.mailbox.MailServer;

/**
 * The pool and the failure classification against a scripted SMTP server that answers RCPT TO with a chosen
 * reply, and can drop a connection after the first message, as real servers do.
 */
class SmtpConnectionPoolTest {

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
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
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1))) {
            MimeMessage message = message();
            MessagingException failed = assertThrows(MessagingException.class, () -> pool.send(server.mailServer(),
                    message, new InternetAddress[] {new InternetAddress("ada@example.com")}));
            return SmtpFailures.toEffectFailure(failed, "the test email");
        }
    }

    @Test
    void aRefusedRecipientIsPermanent() throws Exception {
        server = new ScriptedSmtpServer("550 5.1.1 no such user", false);
        EffectException failure = failure(server);
        assertFalse(failure.isRetryable());
        assertTrue(failure.getMessage().contains("550"), failure.getMessage());
    }

    @Test
    void aTemporaryRefusalIsRetryable() throws Exception {
        server = new ScriptedSmtpServer("451 4.7.1 greylisted, try again later", false);
        EffectException failure = failure(server);
        assertTrue(failure.isRetryable());
        assertTrue(failure.getMessage().contains("451"), failure.getMessage());
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedOnce() throws Exception {
        server = new ScriptedSmtpServer("250 OK", true);
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMinutes(1))) {
            InternetAddress[] to = {new InternetAddress("ada@example.com")};
            pool.send(server.mailServer(), message(), to);
            pool.send(server.mailServer(), message(), to);
            assertEquals(2, pool.connectionsOpened());
            assertEquals(2, server.messagesAccepted.get());
        }
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        server = new ScriptedSmtpServer("250 OK", false);
        try (SmtpConnectionPool pool = new SmtpConnectionPool(1, Duration.ofMillis(1))) {
            InternetAddress[] to = {new InternetAddress("ada@example.com")};
            pool.send(server.mailServer(), message(), to);
            Thread.sleep(5);
            pool.closeIdle();
            pool.send(server.mailServer(), message(), to);
            assertEquals(2, pool.connectionsOpened());
        }
    }

    /** Enough of SMTP for Jakarta Mail to send: one scripted reply to RCPT TO. */
    static final class ScriptedSmtpServer implements AutoCloseable {

        final AtomicInteger messagesAccepted = new AtomicInteger();
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
            return new MailServer("localhost", socket.getLocalPort(), null, null, false);
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
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
                    case "EHLO", "HELO" -> reply(out, "250 scripted");
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
