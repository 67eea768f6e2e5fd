package org.salessequences.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * For the PostgreSQL run of the integration tests ({@code -Dit.database=postgresql}): starts a real PostgreSQL
 * before Arquillian boots Payara, and writes the post-boot commands that point {@code jdbc/__default} at it,
 * from the same template {@code run.sh} uses in production. Does nothing for the H2 run.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("it.database"))) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
            String template = Files.readString(Path.of(System.getProperty("it.postboot.template")));
            String commands = template.replace("@HOST@", "localhost")
                    .replace("@PORT@", Integer.toString(postgres.getPort()))
                    .replace("@DATABASE@", "postgres")
                    .replace("@USER@", "postgres")
                    // Trust authentication ignores it, but the pool refuses to start without a password.
                    .replace("@PASSWORD@", "unused");
            Path file = Path.of(System.getProperty("it.postboot.file"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, commands);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
