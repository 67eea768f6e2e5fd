package org.salessequences.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is the only place ids are written: read over the sources of every module of the repository, as they
 * are checked in, so that a module that writes {@code "SEQ-0123 ..."} itself fails here whichever module it is.
 */
class LogIdTest {

    private static final Pattern ID = Pattern.compile("SEQ-\\d{4}");
    private static final Pattern USE = Pattern.compile("\\bLogId\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Set<String> TEXT_RESOURCES = Set.of(".properties", ".xml", ".js", ".html", ".css", ".sql",
            ".txt", ".json", ".md", ".asadmin", ".sh");
    private static final String CATALOGUE = "LogId.java";

    private static Path root;
    private static Map<Path, String> mainSources;

    @BeforeAll
    static void readTheRepository() {
        root = repositoryRoot();
        try (Stream<Path> modules = Files.list(root)) {
            mainSources = modules.map(module -> module.resolve("src/main")).filter(Files::isDirectory)
                    .flatMap(LogIdTest::filesBelow)
                    .filter(file -> file.toString().endsWith(".java") || isTextResource(file))
                    .collect(Collectors.toMap(Function.identity(), LogIdTest::read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(mainSources.keySet().stream().anyMatch(file -> file.endsWith("ExecutionService.java")),
                "the scan reaches the plugin's sources under " + root);
    }

    @Test
    void everyIdIsWellFormedAndMeansOneThing() {
        Map<String, List<LogId>> byId = Arrays.stream(LogId.values())
                .collect(Collectors.groupingBy(LogId::id, TreeMap::new, Collectors.toList()));
        Map<String, List<LogId>> twice = new TreeMap<>(byId);
        twice.values().removeIf(entries -> entries.size() == 1);
        assertEquals(Map.of(), twice, "ids given to more than one entry");
        for (LogId entry : LogId.values()) {
            assertTrue(ID.matcher(entry.id()).matches(), entry + " is SEQ- and four digits");
            assertTrue(!entry.meaning().isBlank(), entry.name() + " says what it means");
            assertEquals(entry.id(), entry.toString(), "a message starts with the id itself");
        }
    }

    @Test
    void noSourceFileWritesAnIdOfItsOwn() {
        Map<Path, Set<String>> written = new TreeMap<>();
        javaSources().forEach((file, text) -> {
            Set<String> ids = idsIn(text);
            if (!ids.isEmpty() && !file.endsWith(CATALOGUE)) {
                written.put(root.relativize(file), ids);
            }
        });
        assertEquals(Map.of(), written, "ids written outside LogId (use the catalogue's constant)");
    }

    @Test
    void everyEntryIsUsedByCode() {
        Set<String> used = new TreeSet<>();
        javaSources().forEach((file, text) -> {
            Matcher use = USE.matcher(text);
            while (use.find() && !file.endsWith(CATALOGUE)) {
                used.add(use.group(1));
            }
        });
        Set<String> unused = Arrays.stream(LogId.values()).map(LogId::name).filter(name -> !used.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "catalogue entries no code uses (remove them, or use them)");
    }

    @Test
    void theLoggingPageListsTheCatalogueAsItIs() {
        String page = read(root.resolve("docs/logging.md"));
        String table = Arrays.stream(LogId.values())
                .map(entry -> "| `" + entry.id() + "` | `" + entry.name() + "` | " + entry.meaning() + " |")
                .collect(Collectors.joining("\n"));
        String listed = page.lines().filter(line -> line.startsWith("| `SEQ-")).collect(Collectors.joining("\n"));
        assertEquals(table, listed, "docs/logging.md's table, in the catalogue's order");
    }

    @Test
    void docsAndResourcesNameOnlyCataloguedIds() {
        Set<String> catalogued = Arrays.stream(LogId.values()).map(LogId::id).collect(Collectors.toSet());
        Map<Path, Set<String>> unknown = new TreeMap<>();
        Stream.concat(Stream.concat(filesBelow(root.resolve("docs")), Stream.of(root.resolve("README.md")))
                        .filter(LogIdTest::isTextResource).map(file -> Map.entry(file, read(file))),
                mainSources.entrySet().stream().filter(source -> isTextResource(source.getKey())))
                .forEach(source -> {
                    Set<String> ids = idsIn(source.getValue());
                    ids.removeAll(catalogued);
                    if (!ids.isEmpty()) {
                        unknown.put(root.relativize(source.getKey()), ids);
                    }
                });
        assertEquals(Map.of(), unknown, "ids the documentation names that the catalogue does not have");
    }

    private static Map<Path, String> javaSources() {
        Map<Path, String> java = new TreeMap<>(mainSources);
        java.keySet().removeIf(file -> !file.toString().endsWith(".java"));
        return java;
    }

    private static Set<String> idsIn(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static boolean isTextResource(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_RESOURCES.contains(name.substring(dot));
    }

    /** Surefire runs in the module's folder; the repository is the folder above that holds {@code docs/}. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("sequence-plugin-api"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    private static Stream<Path> filesBelow(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not UTF-8 text", e);
        }
    }
}
