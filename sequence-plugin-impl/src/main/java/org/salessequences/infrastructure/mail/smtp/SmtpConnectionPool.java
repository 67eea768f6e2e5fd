package org.salessequences.infrastructure.mail.smtp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailProtocol;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.infrastructure.mail.guard.GuardedSockets;
import org.salessequences.log.LogId;

/**
 * Open SMTP connections, kept per mailbox and reused from one email to the next: connecting (and the TLS and
 * login handshakes) costs more than sending a short email. Each mailbox has at most {@code connectionsPerServer}
 * connections, each used by one thread at a time; a connection unused for {@code idleTimeout} is closed by
 * {@link #closeIdle()}. A reused connection the server has dropped is replaced once, transparently. Connections to
 * reps' own servers go through the {@link MailHostPolicy} ({@link GuardedSockets}); the default mailbox, set by the
 * administrator, is trusted. Thread-safe.
 */
public class SmtpConnectionPool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpConnectionPool.class.getName());
    /** A connection unused for longer than this is probed before reuse; recently used ones are trusted. */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(10);
    private static final Duration WAIT_FOR_CONNECTION = Duration.ofSeconds(30);
    private static final String TIMEOUT_MILLIS = "30000";

    private final int connectionsPerServer;
    private final Duration idleTimeout;
    private final MailHostPolicy policy;
    private final Map<Route, Slots> servers = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();

    /** A server, and whether its connections are checked against the policy. */
    private record Route(MailServer server, boolean guarded) {
    }

    public SmtpConnectionPool(int connectionsPerServer, Duration idleTimeout, MailHostPolicy policy) {
        this.connectionsPerServer = connectionsPerServer;
        this.idleTimeout = idleTimeout;
        this.policy = policy;
    }

    /**
     * Sends the message to the recipients through one of the server's connections.
     *
     * @param guarded whether the server is a rep's own, reached only where the policy allows
     * @throws MessagingException as Jakarta Mail reports it, after one retry on a fresh connection when a reused
     *                            one turned out to be closed; with a
     *                            {@link org.salessequences.domain.model.mailbox.MailHostRefusedException} in its
     *                            chain when the policy refused the server
     */
    public void send(MailServer server, boolean guarded, MimeMessage message, Address[] recipients)
            throws MessagingException {
        Slots slots = servers.computeIfAbsent(new Route(server, guarded), Slots::new);
        slots.acquire();
        try {
            Connection connection = slots.take();
            try {
                connection.transport.sendMessage(message, recipients);
            } catch (MessagingException e) {
                connection.close();
                if (!connection.reused || SmtpFailures.hasReplyCode(e)) {
                    throw e;
                }
                LOG.fine(() -> LogId.SMTP_CONNECTION_RETRIED + " a reused connection to " + server
                        + " failed; retrying on a new one");
                connection = slots.open();
                try {
                    connection.transport.sendMessage(message, recipients);
                } catch (MessagingException again) {
                    connection.close();
                    throw again;
                }
            }
            slots.give(connection);
        } finally {
            slots.release();
        }
    }

    /**
     * Connects to the server and logs in on a connection of its own, then closes it: a check of the settings, which
     * neither takes nor leaves a connection of the pool.
     *
     * @throws MessagingException as {@link #send} would report it
     */
    public void connectOnce(MailServer server, boolean guarded) throws MessagingException {
        new Slots(new Route(server, guarded)).open().close();
    }

    /** How many connections were opened since start: with reuse, far fewer than emails sent. */
    public long connectionsOpened() {
        return opened.get();
    }

    /** Closes connections that nobody used for the idle timeout. */
    public void closeIdle() {
        long now = System.nanoTime();
        servers.values().forEach(slots -> slots.closeIdleBefore(now - idleTimeout.toNanos()));
    }

    @Override
    public void close() {
        servers.values().forEach(slots -> slots.closeIdleBefore(Long.MAX_VALUE));
        servers.clear();
    }

    /** The open connections of one server and the permits to use them. */
    private final class Slots {

        private final MailServer server;
        private final Session session;
        private final Semaphore permits = new Semaphore(connectionsPerServer, true);
        private final Deque<Connection> idle = new ArrayDeque<>();

        Slots(Route route) {
            this.server = route.server();
            Properties properties = properties(server);
            if (route.guarded()) {
                GuardedSockets.guard(properties, MailProtocol.SMTP, policy);
            }
            this.session = Session.getInstance(properties);
        }

        void acquire() throws MessagingException {
            try {
                if (!permits.tryAcquire(WAIT_FOR_CONNECTION.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new MessagingException("all connections to " + server + " stayed busy for "
                            + WAIT_FOR_CONNECTION.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessagingException("interrupted while waiting for a connection to " + server, e);
            }
        }

        void release() {
            permits.release();
        }

        /** The most recently used idle connection that is still open, or a new one. */
        Connection take() throws MessagingException {
            while (true) {
                Connection connection;
                synchronized (idle) {
                    connection = idle.pollFirst();
                }
                if (connection == null) {
                    return open();
                }
                boolean fresh = System.nanoTime() - connection.lastUsed < PROBE_AFTER.toNanos();
                // isConnected() on an SMTP transport costs a NOOP round trip: only for connections idle a while.
                if (fresh || connection.transport.isConnected()) {
                    connection.reused = true;
                    return connection;
                }
                connection.close();
            }
        }

        Connection open() throws MessagingException {
            String protocol = server.port() == 465 ? "smtps" : "smtp";
            Transport transport = session.getTransport(protocol);
            transport.connect(server.host(), server.port(), server.username(), server.password());
            long count = opened.incrementAndGet();
            LOG.fine(() -> LogId.SMTP_CONNECTION_OPENED + " opened SMTP connection " + count + " to " + server);
            return new Connection(transport);
        }

        void give(Connection connection) {
            connection.lastUsed = System.nanoTime();
            synchronized (idle) {
                idle.addFirst(connection);
            }
        }

        void closeIdleBefore(long nanos) {
            synchronized (idle) {
                idle.removeIf(connection -> {
                    if (connection.lastUsed - nanos < 0) {
                        connection.close();
                        return true;
                    }
                    return false;
                });
            }
        }
    }

    private static Properties properties(MailServer server) {
        Properties properties = new Properties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            String prefix = "mail." + protocol + ".";
            properties.setProperty(prefix + "auth", Boolean.toString(server.username() != null));
            properties.setProperty(prefix + "connectiontimeout", "10000");
            properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
            // QUIT without waiting for the reply: closing must not block a sending thread.
            properties.setProperty(prefix + "quitwait", "false");
        }
        if (server.secure()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    /** One open transport. */
    private static final class Connection {

        final Transport transport;
        long lastUsed = System.nanoTime();
        boolean reused;

        Connection(Transport transport) {
            this.transport = transport;
        }

        void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, LogId.SMTP_CLOSE_FAILED + " closing an SMTP connection failed", e);
            }
        }
    }
}
