package org.salessequences.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            // Trust authentication ignores the password, but the pool refuses to start without one.
            String commands = render(template, Map.of("HOST", "localhost", "PORT", Integer.toString(postgres.getPort()),
                    "DATABASE", "postgres", "USER", "postgres", "PASSWORD", "unused"));
            Path file = Path.of(System.getProperty("it.postboot.file"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, commands);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for the integration tests", e);
        }
    }

    /**
     * Fills the {@code @NAME@} placeholders of the post-boot template, escaping colons as asadmin needs, exactly
     * as {@code run.sh} does.
     *
     * @throws IllegalArgumentException when a placeholder is left without a value
     */
    static String render(String template, Map<String, String> values) {
        String rendered = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            rendered = rendered.replace("@" + value.getKey() + "@", value.getValue().replace(":", "\\:"));
        }
        Matcher left = Pattern.compile("@[A-Z]+@").matcher(rendered);
        if (left.find()) {
            throw new IllegalArgumentException("no value for " + left.group());
        }
        return rendered;
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
