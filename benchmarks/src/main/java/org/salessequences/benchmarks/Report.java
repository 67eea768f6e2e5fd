package org.salessequences.benchmarks;

import java.util.Locale;

/** What a scenario prints: one finding a line, heap in MB beside the server's maximum heap. */
final class Report {

    private final String xmx;

    Report(String xmx) {
        this.xmx = xmx;
    }

    void line(String text) {
        System.out.println("[benchmark] " + text);
        System.out.flush();
    }

    void heap(String what, long bytes) {
        line(what + ": " + String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0)) + " MB used (-Xmx" + xmx + ")");
    }
}
