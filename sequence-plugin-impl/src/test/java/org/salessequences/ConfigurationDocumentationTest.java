package org.salessequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each setting's default is written once, in {@code microprofile-config.properties}; the code names the key only
 * (no {@code defaultValue} in {@code @ConfigProperty}), and {@code docs/configuration.md} documents every key with the
 * same default. A key added, renamed or given another default in one place and not the others fails here.
 */
class ConfigurationDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path DOCUMENT = Path.of("../docs/configuration.md");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"([^)]*)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    @Test
    void theCodeNamesKeysButNeverTheirDefaults() throws IOException {
        List<String> withDefault = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            Matcher property = CONFIG_PROPERTY.matcher(source.getValue());
            while (property.find()) {
                if (property.group(2).contains("defaultValue")) {
                    withDefault.add(SOURCES.relativize(source.getKey()) + ": " + property.group(1));
                }
            }
        }
        assertEquals(List.of(), withDefault, "defaults belong in microprofile-config.properties");
    }

    @Test
    void everyKeyTheCodeReadsHasItsDefaultInTheConfigFileOrIsOptional() throws IOException {
        Properties defaults = defaults();
        Set<String> missing = new TreeSet<>();
        for (String source : sources().values()) {
            Matcher property = CONFIG_PROPERTY.matcher(source);
            while (property.find()) {
                String key = property.group(1);
                int after = property.end();
                String declaration = source.substring(after, Math.min(source.length(), after + 200)).trim();
                boolean optional = declaration.startsWith("Optional<") || declaration.startsWith("Instance<")
                        || declaration.startsWith("Provider<");
                if (!optional && !defaults.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing, "read without a default and not Optional: the deployment would fail");
    }

    @Test
    void everyKeyOfTheConfigFileIsDocumentedWithTheSameDefault() throws IOException {
        Properties defaults = defaults();
        Map<String, String> documented = documentedDefaults();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(defaults.stringPropertyNames())) {
            if (!documented.containsKey(key)) {
                problems.add(key + " is not in docs/configuration.md");
                continue;
            }
            String written = documented.get(key);
            String value = defaults.getProperty(key);
            if (written != null && !written.equals(value)) {
                problems.add(key + " defaults to '" + value + "' but docs/configuration.md says '" + written + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theDocumentExplainsTheKeysItLists() throws IOException {
        Map<String, String> documented = documentedDefaults();
        assertTrue(documented.size() > 20, "the configuration table was not found: " + documented.keySet());
        assertTrue(documented.containsKey("sequences.smtp.port"), "shorthand keys (`a.b` / `.c`) are read");
    }

    /**
     * The keys of the document's tables and their defaults: a first cell {@code `a.b.host` / `.port`} names
     * {@code a.b.host} and {@code a.b.port}, paired with a second cell {@code `localhost` / `25`}. A default written
     * in words ("public dev secret", "-") is not compared (null).
     */
    private static Map<String, String> documentedDefaults() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOCUMENT)) {
            if (!line.startsWith("| `sequences.")) {
                continue;
            }
            String[] cells = line.split("\\|");
            List<String> names = new ArrayList<>();
            String previous = null;
            for (String part : cells[1].split(" / ")) {
                Matcher code = CODE.matcher(part.trim());
                if (!code.find()) {
                    continue;
                }
                String name = code.group(1);
                if (name.startsWith(".") && previous != null) {
                    name = previous.substring(0, previous.lastIndexOf('.')) + name;
                }
                names.add(name);
                previous = name;
            }
            String[] values = cells.length > 2 ? cells[2].split(" / ") : new String[0];
            for (int i = 0; i < names.size(); i++) {
                String value = null;
                if (values.length == names.size()) {
                    Matcher code = CODE.matcher(values[i].trim());
                    if (code.matches()) {
                        value = code.group(1);
                    } else if (values[i].trim().startsWith("`")) {
                        Matcher first = CODE.matcher(values[i].trim());
                        value = first.find() ? first.group(1) : null;
                    }
                }
                keys.put(names.get(i), value);
            }
        }
        return keys;
    }

    private static Properties defaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConfigurationDocumentationTest.class
                .getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(in);
        }
        // An empty value counts as no value in MicroProfile Config: such keys are read as Optional.
        properties.stringPropertyNames().stream().filter(key -> properties.getProperty(key).isEmpty()).toList()
                .forEach(properties::remove);
        return properties;
    }

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                try {
                    sources.put(file, Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return sources;
    }
}
