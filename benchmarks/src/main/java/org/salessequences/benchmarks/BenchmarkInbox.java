package org.salessequences.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The IMAP server of the inbound-mail scenario, with one user ({@link #USER}) and its inbox filled before a poll. */
interface BenchmarkInbox extends AutoCloseable {

    String USER = "bench";
    String PASSWORD = "bench-pw";

    /** What {@code -Dimap} names. */
    String name();

    int port();

    void deliver(MimeMessage message) throws Exception;

    @Override
    void close() throws Exception;

    /** GreenMail in this JVM: what the integration tests use. */
    static BenchmarkInbox greenMail(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", "imap"));
        mail.start();
        GreenMailUser user = mail.setUser("bench@reps.example", USER, PASSWORD);
        return new BenchmarkInbox() {
            @Override
            public String name() {
                return "greenmail";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public void deliver(MimeMessage message) {
                user.deliver(message);
            }

            @Override
            public void close() {
                mail.stop();
            }
        };
    }

    /**
     * Debian's Dovecot, started on loopback by {@code src/main/dovecot/dovecot-start.sh} in {@code dir}; messages are
     * written straight into its maildir, as a delivery agent would.
     */
    static BenchmarkInbox dovecot(Path script, Path dir, int port) throws IOException, InterruptedException {
        run(script.toString(), dir.toString(), Integer.toString(port), USER, PASSWORD);
        Path fresh = dir.resolve("mail").resolve("new");
        return new BenchmarkInbox() {
            private long delivered;

            @Override
            public String name() {
                return "dovecot";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public void deliver(MimeMessage message) throws Exception {
                // A maildir file's name need only be unique; Dovecot gives it its UID when it first reads the folder.
                Path file = fresh.resolve(String.format("%010d.bench", delivered++));
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
            }

            @Override
            public void close() throws IOException, InterruptedException {
                run(script.resolveSibling("dovecot-stop.sh").toString(), dir.toString());
            }
        };
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }
}
