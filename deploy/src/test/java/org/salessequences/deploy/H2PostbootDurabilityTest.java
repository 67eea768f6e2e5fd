package org.salessequences.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 as run.sh configures it keeps every commit through a SIGKILL: a JVM opens the database with the URL
 * of {@code postboot-h2.asadmin}, commits rows one by one and reports each commit, and is killed right after its
 * last report; every reported row is there when the database is opened again. With H2's default write delay the last
 * half second of commits is lost.
 */
class H2PostbootDurabilityTest {

    private static final Path POSTBOOT = Path.of("src/main/payara/postboot-h2.asadmin");
    private static final int COMMITS = 200;

    @TempDir
    Path instanceRoot;

    @Test
    void everyCommitReportedBeforeASigkillIsThereAfterwards() throws Exception {
        String url = poolUrl(Files.readString(POSTBOOT)).replace("${com.sun.aas.instanceRoot}", instanceRoot.toString());
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE execution (id VARCHAR(40) PRIMARY KEY, payload VARCHAR(200))");
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Committer.class.getName(), url)
                .redirectErrorStream(true).start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < COMMITS && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    reported.add(line.substring("committed ".length()));
                }
            }
            child.destroyForcibly().waitFor();
        }
        assertEquals(COMMITS, reported.size(), "the child committed its rows");

        Set<String> kept = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url.replace(";AUTO_SERVER=TRUE", ""), "", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM execution")) {
            while (rows.next()) {
                kept.add(rows.getString(1));
            }
        }
        List<String> lost = reported.stream().filter(id -> !kept.contains(id)).toList();
        assertTrue(lost.isEmpty(), lost.size() + " committed rows lost by the kill: " + lost);
    }

    @Test
    void thePoolOpensTheFilePayaraMicrosOwnPoolUsesSoEarlierDataIsKept() throws IOException {
        assertTrue(poolUrl(Files.readString(POSTBOOT))
                .startsWith("jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default;"));
    }

    /** The URL property of the pool the post-boot file creates, with asadmin's escapes undone. */
    static String poolUrl(String postboot) {
        Matcher url = Pattern.compile("--property URL=(\\S+)").matcher(postboot);
        assertTrue(url.find(), postboot);
        return url.group(1).replace("\\:", ":").replace("\\=", "=");
    }

    /** The child JVM: commits rows one by one and prints each commit, until it is killed. */
    public static final class Committer {

        public static void main(String[] args) throws SQLException, InterruptedException {
            try (Connection connection = DriverManager.getConnection(args[0], "", "")) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO execution VALUES (?, ?)")) {
                    for (int i = 0; ; i++) {
                        insert.setString(1, "execution-" + i);
                        insert.setString(2, "x".repeat(200));
                        insert.executeUpdate();
                        System.out.println("committed execution-" + i);
                        System.out.flush();
                        if (i >= COMMITS) {
                            Thread.sleep(60_000);
                        }
                    }
                }
            }
        }
    }
}
