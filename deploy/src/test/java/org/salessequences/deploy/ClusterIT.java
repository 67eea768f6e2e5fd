package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two members started the way the README tells an admin to start a cluster: {@code deploy/run.sh} with
 * {@code SEQUENCES_DB=postgresql} and {@code SEQUENCES_CLUSTER}, both on one (embedded, real) PostgreSQL, booting at
 * the same time (so their schema migrations meet). They form one Payara Micro cluster; a sequence that both members'
 * schedulers find due at the same moment runs once, and every contact of its audience gets its email exactly once,
 * whichever member carries the outbox out. A member started the same way without its secrets set refuses to start.
 */
class ClusterIT {

    private static final int CONTACTS = 150;
    private static final int BIG_RUN = 10_000;
    private static final int RANGE_SIZE = 500;
    private static final String DUE = "2027-09-06T07:00:00Z";

    private static EmbeddedPostgres postgres;
    private static GreenMail mail;
    private static RunShServer memberA;
    private static RunShServer memberB;

    @BeforeAll
    static void startCluster() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        mail = new GreenMail(new ServerSetup(RunShServer.freePort(), "127.0.0.1", "smtp"));
        mail.start();
        int clusterA = RunShServer.freePort();
        int clusterB = RunShServer.freePort();
        Map<String, String> cluster = RunShServer.inCluster(RunShServer.onPostgresql(
                RunShServer.environment(mail.getSmtp().getPort()), postgres.getPort()), clusterA, clusterB);
        // Small ranges, so that a run of a few thousand contacts is split and both members can take some.
        cluster.put("SEQUENCES_RUNS_RANGE_SIZE", Integer.toString(RANGE_SIZE));
        Path work = RunShServer.workDirectory("cluster-it");
        memberA = member("member-a", work, RunShServer.member(cluster, "member-a", clusterA));
        // The second starts once the first is past run.sh's build check, so only one could ever build.
        memberA.awaitOutput("Starting Payara Micro", Duration.ofMinutes(5));
        memberB = member("member-b", work, RunShServer.member(cluster, "member-b", clusterB));
        memberA.awaitHealthy();
        memberB.awaitHealthy();
    }

    private static RunShServer member(String name, Path work, Map<String, String> env) throws IOException {
        RunShServer.deleteRecursively(work.resolve(name));
        return RunShServer.start(name, work.resolve(name), RunShServer.freePort(), env);
    }

    @AfterAll
    static void stopCluster() throws IOException, InterruptedException {
        for (RunShServer member : Arrays.asList(memberA, memberB)) {
            if (member != null) {
                member.stop();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theMembersFormOneClusterAndADueSequenceRunsAndSendsOnce() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertTrue(memberA.log().contains("DG Size: 2") && memberB.log().contains("DG Size: 2"),
                        "both members in one Hazelcast cluster; see " + memberA.logFile() + " and "
                                + memberB.logFile()));

        ApiClient adminA = memberA.client(Tokens.admin("cluster-admin"));
        ApiClient repA = memberA.client(Tokens.rep("cluster-rep"));
        ApiClient repB = memberB.client(Tokens.rep("cluster-rep"));
        Scenario s = new Scenario(adminA, repA, "cluster");
        String contacts = String.join(",", IntStream.range(0, CONTACTS).mapToObj(i -> "{\"email\":\"member" + i
                + ".cluster@example.com\",\"firstName\":\"M" + i + "\",\"lastName\":\"Tester\","
                + "\"ownerId\":\"cluster-rep\",\"fields\":{\"testTag\":\"cluster\"}}").toList());
        ApiClient.Reply imported = adminA.post("/api/v1/host/contacts", "[" + contacts + "]");
        assertEquals(201, imported.status(), imported.body());
        String sequenceId = s.sequence(EngineIT.sequence("Cluster", "CLASSIC", EngineIT.viewAudience(s.contactView()),
                false, null, null, EngineIT.task("EMAIL", 1, null))).getString("id");
        assertEquals(sequenceId, repB.get("/api/v1/sequences/" + sequenceId).json().getString("id"),
                "the other member reads the same database");

        // Both members' clocks reach the run time at once; each ticks its scheduler as the clock is set.
        CompletableFuture<JsonObject> tickA = CompletableFuture.supplyAsync(() -> clock(memberA));
        CompletableFuture<JsonObject> tickB = CompletableFuture.supplyAsync(() -> clock(memberB));
        List<String> started = new ArrayList<>();
        for (JsonObject tick : List.of(tickA.get(), tickB.get())) {
            tick.getJsonArray("startedRuns").forEach(run -> started.add(run.toString()));
        }
        // A member's own 10-second tick may get there first, so the calls may have started none between them.
        assertTrue(started.size() <= 1, "at most one member started a run: " + started);
        JsonObject run = s.awaitRun(sequenceId, Instant.parse(DUE));
        assertEquals(CONTACTS, run.getInt("enrolled"));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mail.getReceivedMessages().length >= CONTACTS);
        // Long enough for both schedulers (10 s) and both outbox pumps (5 s) to tick again.
        Thread.sleep(12_000);
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(CONTACTS, received.length, "each email sent once");
        assertEquals(CONTACTS, recipients(received).size(), "to every contact");
        JsonArray runs = repB.get("/api/v1/sequences/" + sequenceId + "/runs?size=100").array();
        assertEquals(1, runs.size(), "one run in all: " + runs);
        System.out.println("ClusterIT: outbox entries carried out per member: " + outboxByMember());
    }

    /**
     * An admin who starts a production member (PostgreSQL) without setting the secrets is stopped: the plugin
     * refuses to deploy, naming each key and no value, and run.sh stops Payara Micro and exits with that message.
     */
    @Test
    void aMemberWithPublicOrShortSecretsRefusesToStartAndRunShSaysWhy() throws Exception {
        String shortSecret = "too-short-webhook-secret";
        Map<String, String> env = RunShServer.onPostgresql(RunShServer.environment(mail.getSmtp().getPort()),
                postgres.getPort());
        env.remove("SEQUENCES_HOST_JWT_SECRET");
        env.remove("SEQUENCES_TRACKING_SECRET");
        env.remove("SEQUENCES_SECRETS_KEY");
        env.put("SEQUENCES_WEBHOOK_SECRET", shortSecret);
        RunShServer refused = member("member-refused", RunShServer.workDirectory("cluster-it"), env);
        try {
            int exit = refused.awaitExit(Duration.ofMinutes(4));
            String output = refused.output();
            assertEquals(1, exit, output);
            assertTrue(output.contains("SEQ-0005 refusing to start"), output);
            for (String named : List.of("sequences.host.jwt.secret (SEQUENCES_HOST_JWT_SECRET) has its public "
                    + "development default", "sequences.webhook.secret (SEQUENCES_WEBHOOK_SECRET) is shorter than 32 "
                    + "bytes", "sequences.tracking.secret (SEQUENCES_TRACKING_SECRET) has its public development "
                    + "default", "sequences.secrets.key (SEQUENCES_SECRETS_KEY) has its public development default")) {
                assertTrue(output.contains(named), named + " in: " + output);
            }
            assertTrue(!output.contains(shortSecret) && !refused.log().contains(shortSecret), "a secret was logged");
            assertTrue(!output.contains("Sales Sequences is up"), output);
        } finally {
            refused.stop();
        }
    }

    /**
     * One big run is worked by both members: its execute stage is split into ranges that the other member claims at
     * its ticks while the run's own member works through the rest; every contact gets its step once.
     */
    @Test
    void oneBigRunIsSpreadOverBothMembersAndEachStepRunsOnce() throws Exception {
        ApiClient adminA = memberA.client(Tokens.admin("cluster-admin"));
        Scenario s = new Scenario(adminA, memberA.client(Tokens.rep("cluster-rep")), "big-run");
        StringBuilder csv = new StringBuilder("email,firstName,ownerId,fields.testTag\n");
        for (int i = 0; i < BIG_RUN; i++) {
            csv.append("big").append(i).append(".cluster@example.com,B").append(i).append(",cluster-rep,big-run\n");
        }
        ApiClient.Reply imported = adminA.send(adminA.request("/api/v1/host/contacts/import?tag=big-run")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        assertEquals(200, imported.status(), imported.body());
        String sequenceId = s.sequence(EngineIT.sequence("Big run", "CLASSIC", EngineIT.viewAudience(s.contactView()),
                false, null, null, EngineIT.task("FOLLOW_UP", 1, null))).getString("id");

        // Small chunks on the run's own member, so that the run lasts long enough for the other member's ticks. The
        // sequence is paused afterwards, so that the clock another test moves does not make it due.
        JsonObject run;
        try {
            run = s.runNow(sequenceId, 50);
        } finally {
            s.pause(s.rep.get("/api/v1/sequences/" + sequenceId).json());
        }

        assertEquals(BIG_RUN, run.getInt("executed"), run.toString());
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            Map<String, Long> ranges = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT done_by, COUNT(*) FROM seq_run_range WHERE run_id = '"
                    + run.getString("id") + "' AND status = 'DONE' GROUP BY done_by")) {
                while (rows.next()) {
                    ranges.put(rows.getString(1), rows.getLong(2));
                }
            }
            System.out.println("ClusterIT: ranges of the big run done per member: " + ranges);
            try (ResultSet left = statement.executeQuery("SELECT COUNT(*) FROM seq_run_range WHERE run_id = '"
                    + run.getString("id") + "' AND status <> 'DONE'")) {
                left.next();
                assertEquals(0, left.getLong(1), "every range done");
            }
            assertTrue(ranges.values().stream().mapToLong(Long::longValue).sum() >= BIG_RUN / RANGE_SIZE, "" + ranges);
            assertTrue(ranges.keySet().containsAll(List.of("member-a", "member-b")), "both members worked: " + ranges);
            try (ResultSet once = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT enrollment_id) FROM "
                    + "seq_step_execution WHERE run_id = '" + run.getString("id") + "'")) {
                once.next();
                assertEquals(BIG_RUN, once.getLong(1), "one execution per contact");
                assertEquals(BIG_RUN, once.getLong(2));
            }
        }
    }

    private static JsonObject clock(RunShServer member) {
        ApiClient.Reply reply = member.client(Tokens.admin("cluster-admin"))
                .put("/api/v1/admin/clock", "{\"now\":\"" + DUE + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Set<String> recipients(MimeMessage[] messages) throws MessagingException {
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : messages) {
            for (Address address : message.getAllRecipients()) {
                recipients.add(address.toString());
            }
        }
        return recipients;
    }

    private static Map<String, Integer> outboxByMember() throws SQLException {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT claimed_by, COUNT(*) FROM seq_outbox GROUP BY claimed_by")) {
            while (rows.next()) {
                counts.put(String.valueOf(rows.getString(1)), rows.getInt(2));
            }
        }
        return counts;
    }
}
