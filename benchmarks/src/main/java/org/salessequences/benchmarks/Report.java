package org.salessequences.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scenario prints: one finding a line, heap in MB beside the server's maximum heap, and the key figures it
 * names, which are printed for every database side by side at the end. With {@code -Dbenchmark.profile=true} a phase
 * also prints the database's costliest statements (PostgreSQL).
 */
final class Report {

    private final String xmx;
    private final boolean profile = Boolean.getBoolean("benchmark.profile");
    /** figure name to (database to value), in the order the figures were first named. */
    private final Map<String, Map<String, String>> figures = new LinkedHashMap<>();
    private final List<String> databases = new ArrayList<>();
    private BenchmarkDatabase database;

    Report(String xmx) {
        this.xmx = xmx;
    }

    /** The database the next lines are measured on. */
    void database(BenchmarkDatabase current) {
        database = current;
        databases.add(current.name());
    }

    void line(String text) {
        System.out.println("[benchmark] " + (database == null ? "" : "[" + database.name() + "] ") + text);
        System.out.flush();
    }

    void heap(String what, long bytes) {
        line(what + ": " + mb(bytes) + " MB used (-Xmx" + xmx + ")");
    }

    /** A key figure of the scenario, for the side-by-side table. */
    void figure(String name, String value) {
        figures.computeIfAbsent(name, key -> new LinkedHashMap<>()).put(database.name(), value);
    }

    void figure(String name, double value, String format) {
        figure(name, String.format(Locale.ROOT, format, value));
    }

    /** Starts a phase whose statements are profiled. */
    void phaseStarts() throws SQLException {
        if (profile) {
            database.resetProfile();
        }
    }

    /** Ends a profiled phase: prints the costliest statements since it started. */
    void phaseEnds(String phase) throws SQLException {
        if (profile) {
            List<String> statements = database.statementProfile(15);
            if (!statements.isEmpty()) {
                line("costliest statements of " + phase + " (total time, calls, rows, statement):");
                statements.forEach(statement -> line("  " + statement));
            }
        }
    }

    /** What each row of the tables costs on disk (PostgreSQL), as lines and as figures. */
    void bytesPerRow(List<String> tables) throws SQLException {
        List<String> sizes = database.bytesPerRow(tables);
        sizes.forEach(this::line);
        for (String size : sizes) {
            String table = size.substring(0, size.indexOf(':'));
            String bytes = size.replaceAll(".* rows, ([0-9]+) bytes per row.*", "$1");
            figure(table + ": bytes per row with indexes", bytes);
        }
    }

    /** The key figures of every database the run measured, side by side. */
    void sideBySide() {
        if (figures.isEmpty()) {
            return;
        }
        System.out.println("[benchmark] | figure | " + String.join(" | ", databases) + " |");
        System.out.println("[benchmark] |---|" + "---|".repeat(databases.size()));
        figures.forEach((name, values) -> System.out.println("[benchmark] | " + name + " | " + String.join(" | ",
                databases.stream().map(db -> values.getOrDefault(db, "-")).toList()) + " |"));
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
    }
}
