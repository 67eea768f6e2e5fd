package org.salessequences.infrastructure.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import org.salessequences.log.LogId;

/**
 * The migrations as {@code db/migration/migrations.txt} lists them, in its order: the scripts for Flyway to read, and
 * the names of the Java steps. Flyway is told the scripts rather than left to scan the class path for them, which in a
 * WAR inside an application server depends on how its class loader lays out its jars.
 */
final class IndexedMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration/";
    private static final String INDEX = FOLDER + "migrations.txt";

    private final ClassLoader loader;
    private final List<String> names;

    IndexedMigrations(ClassLoader loader) {
        this.loader = loader;
        List<String> listed = new ArrayList<>();
        for (String line : read(INDEX).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                listed.add(name);
            }
        }
        this.names = List.copyOf(listed);
    }

    /** Every name the index lists: scripts ({@code .sql}) and Java steps. */
    List<String> names() {
        return names;
    }

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
        return file.endsWith(".sql") && names.contains(file) ? new Script(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> scripts = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".sql") && name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                scripts.add(new Script(name));
            }
        }
        return scripts;
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(LogId.MIGRATION_INVALID + " missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One script of the folder, read from the class path when Flyway asks. */
    private final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            return new StringReader(IndexedMigrations.this.read(FOLDER + name));
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
