package org.salessequences.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL post-boot template is filled in by run.sh in production and by the ITs: both must fill every
 * placeholder, and values must not break asadmin's colon-separated property list.
 */
class PostgresPostbootTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/payara/postboot-postgresql.asadmin");
    private static final Path RUN_SH = Path.of("run.sh");

    @Test
    void runShFillsEveryPlaceholderOfTheTemplate() throws IOException {
        Set<String> placeholders = placeholders(Files.readString(TEMPLATE));
        assertEquals(Set.of("@HOST@", "@PORT@", "@DATABASE@", "@USER@", "@PASSWORD@"), placeholders);
        String runSh = Files.readString(RUN_SH);
        for (String placeholder : placeholders) {
            assertTrue(runSh.contains("s/" + placeholder + "/"), "run.sh does not fill " + placeholder);
        }
    }

    @Test
    void pointsTheDefaultResourceAtThePoolItCreates() throws IOException {
        String template = Files.readString(TEMPLATE);
        Matcher pool = Pattern.compile("create-jdbc-connection-pool .* (\\w+)\\s*$", Pattern.MULTILINE).matcher(template);
        assertTrue(pool.find(), template);
        assertTrue(template.contains("set resources.jdbc-resource.jdbc/__default.pool-name=" + pool.group(1)), template);
    }

    @Test
    void escapesColonsInValues() throws IOException {
        String rendered = EmbeddedPostgresSession.render(Files.readString(TEMPLATE), Map.of("HOST", "db", "PORT", "5432",
                "DATABASE", "sequences", "USER", "app", "PASSWORD", "pa:ss"));
        assertTrue(rendered.contains("password=pa\\:ss"), rendered);
        assertTrue(placeholders(rendered).isEmpty(), rendered);
    }

    @Test
    void refusesToLeaveAPlaceholderEmpty() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedPostgresSession.render("a=@HOST@", Map.of()));
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("@[A-Z]+@").matcher(template);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
