package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The execution engine on the real WAR with the adjustable clock: the day rules (calendar and business days,
 * across a daylight-saving change), skip and continue, the smart rule, every exit reason, completion,
 * exclusivity, duplicate emails, account expansion, newcomers, catch-up after a missed day, and a run that fails
 * mid-way and is restarted executing every due step exactly once. Emails go to GreenMail as the real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class EngineIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ItMail.server();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin;
    private ApiClient rep;

    @BeforeEach
    void clients() {
        admin = new ApiClient(base, Tokens.admin("engine-admin"));
        rep = admin.as(Tokens.rep("engine-rep"));
    }

    private static void assertApplied(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("APPLIED", reply.json().getString("status"), reply.body());
    }

    private Scenario scenario(String tag) {
        return new Scenario(admin, rep, tag);
    }

    static String task(String type, Integer day, String conditions) {
        String settings = type.equals("EMAIL")
                ? "\"email\":{\"subject\":\"Hello $contact.firstName\",\"body\":\"<p>Hi $contact.firstName</p>\"}"
                : "\"task\":{\"title\":\"" + type + " $contact.firstName\",\"note\":\"n\"}";
        return "{\"type\":\"" + type + "\",\"day\":" + day + ",\"conditions\":[" + (conditions == null ? "" : conditions)
                + "],\"match\":\"ALL\"," + settings + "}";
    }

    static String sequence(String name, String type, String audience, boolean excludeWeekends, Integer interval,
                           String exit, String... steps) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"status\":\"ACTIVE\",\"exclusive\":false,"
                + "\"audience\":" + audience + ",\"schedule\":{\"time\":\"09:00\",\"timezone\":\"Europe/Berlin\","
                + "\"excludeWeekends\":" + excludeWeekends + ",\"intervalDays\":" + interval + "},"
                + "\"steps\":[" + String.join(",", steps) + "]"
                + (exit == null ? "" : ",\"exitCriteria\":" + exit) + "}";
    }

    static String viewAudience(String viewId) {
        return "{\"recordType\":\"CONTACT\",\"savedViewIds\":[\"" + viewId + "\"],\"conditions\":[],\"match\":\"ALL\","
                + "\"preventDuplicateEmails\":true}";
    }

    private static List<String> statuses(JsonArray activities) {
        List<JsonObject> sorted = new ArrayList<>(activities.getValuesAs(JsonObject.class));
        sorted.sort((a, b) -> Integer.compare(a.getInt("stepPosition"), b.getInt("stepPosition")));
        return sorted.stream().map(a -> a.getInt("stepPosition") + ":" + a.getString("status")
                + (a.isNull("reason") ? "" : ":" + a.getString("reason"))).toList();
    }

    @Test
    void classicStepsRunOnTheirDaysAndTheEnrollmentCompletesAfterTheLast() {
        Scenario s = scenario("days");
        s.clock("2027-01-04T07:00:00Z");
        String contact = s.contact("days@example.com", "Dana", "Paris", null);
        JsonObject sequence = s.sequence(sequence("Days", "CLASSIC", viewAudience(s.contactView()), false, null, null,
                task("FOLLOW_UP", 1, null), task("FOLLOW_UP", 2, null), task("CALL_REMINDER", 4, null)));
        String id = sequence.getString("id");
        assertEquals("2027-01-04T08:00:00Z", sequence.getString("nextRunAt"), "09:00 in Berlin is 08:00Z in winter");
        try {
            JsonObject monday = s.scheduledRun(id, "2027-01-04T08:00:00Z");
            assertEquals(1, monday.getInt("enrolled"));
            assertEquals(1, monday.getInt("executed"));
            assertEquals(List.of("1:EXECUTED"), statuses(s.activities(contact)));
            assertEquals(1, s.scheduledRun(id, "2027-01-05T08:00:00Z").getInt("executed"));
            assertEquals(0, s.scheduledRun(id, "2027-01-06T08:00:00Z").getInt("executed"));
            assertEquals(1, s.scheduledRun(id, "2027-01-07T08:00:00Z").getInt("executed"));
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED", "3:EXECUTED"), statuses(s.activities(contact)));
            assertEquals("ACTIVE", s.enrollmentOf(id, contact).getString("status"),
                    "after the last step the enrollment completes at the next run");
            s.scheduledRun(id, "2027-01-08T08:00:00Z");
            assertEquals("COMPLETED", s.enrollmentOf(id, contact).getString("status"));
            assertEquals(1, s.metrics(id).getInt("completed"));
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/v1/host/contacts/" + contact).json()
                    .getJsonArray("completedSequences").getValuesAs(JsonString::getString).contains("Days"));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void aRepsAudienceEnrollsOnlyContactsTheRepOwnsOrThatHaveNoOwner() {
        Scenario s = scenario("owners");
        s.clock("2027-01-11T07:00:00Z");
        String mine = s.contact("mine.owners@example.com", "Mia", "Paris", null);
        String nobodys = s.contact("nobody.owners@example.com", "Noa", "Paris", null, null);
        String theirs = s.contact("theirs.owners@example.com", "Tom", "Paris", null, "engine-other-rep");
        JsonObject sequence = s.sequence(sequence("Owners", "CLASSIC", viewAudience(s.contactView()), false, null, null,
                task("FOLLOW_UP", 1, null)));
        try {
            JsonObject run = s.scheduledRun(sequence.getString("id"), "2027-01-11T08:00:00Z");
            assertEquals(2, run.getInt("enrolled"), run.toString());
            List<String> enrolled = s.enrollments(sequence.getString("id")).getValuesAs(JsonObject.class).stream()
                    .map(enrollment -> enrollment.getString("contactId")).sorted().toList();
            assertEquals(List.of(mine, nobodys).stream().sorted().toList(), enrolled);
            assertFalse(enrolled.contains(theirs), "another rep's contact is not enrolled");
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void businessDaysSkipTheWeekendAcrossADaylightSavingChange() {
        Scenario s = scenario("dst");
        s.clock("2027-03-24T12:00:00Z");
        String contact = s.contact("dst@example.com", "Dirk", "Berlin", null);
        JsonObject sequence = s.sequence(sequence("DST", "CLASSIC", viewAudience(s.contactView()), true, null, null,
                task("FOLLOW_UP", 1, null), task("FOLLOW_UP", 2, null), task("FOLLOW_UP", 3, null)));
        String id = sequence.getString("id");
        try {
            assertEquals(1, s.scheduledRun(id, "2027-03-25T08:00:00Z").getInt("executed"));
            assertEquals(1, s.scheduledRun(id, "2027-03-26T08:00:00Z").getInt("executed"));
            assertEquals("2027-03-29T07:00:00Z", s.enrollmentOf(id, contact).getString("nextStepAt"),
                    "day 3 in business days is Monday, at 09:00 summer time");
            s.noRunAt(id, "2027-03-27T08:00:00Z");
            assertEquals("2027-03-29T07:00:00Z", rep.get("/api/v1/sequences/" + id).json().getString("nextRunAt"),
                    "no weekend runs; Monday's run follows Berlin's clocks going forward on Sunday");
            JsonObject monday = s.scheduledRun(id, "2027-03-29T07:00:00Z");
            assertEquals(1, monday.getInt("executed"));
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED", "3:EXECUTED"), statuses(s.activities(contact)));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void aStepWhoseConditionsDoNotMatchIsSkippedAndTheContactGoesOn() {
        Scenario s = scenario("skip");
        s.clock("2027-05-03T06:00:00Z");
        String contact = s.contact("skip@example.com", "Sara", "Paris", null);
        JsonObject sequence = s.sequence(sequence("Skip", "CLASSIC", viewAudience(s.contactView()), false, null, null,
                task("FOLLOW_UP", 1, "{\"field\":\"city\",\"operator\":\"EQUALS\",\"value\":\"Berlin\"}"),
                task("CALL_REMINDER", 1, null), task("FOLLOW_UP", 2, null)));
        String id = sequence.getString("id");
        try {
            JsonObject first = s.scheduledRun(id, "2027-05-03T07:00:00Z");
            assertEquals(1, first.getInt("skipped"));
            assertEquals(1, first.getInt("executed"));
            assertEquals(List.of("1:SKIPPED:CONDITIONS_NOT_MET", "2:EXECUTED"), statuses(s.activities(contact)));
            s.scheduledRun(id, "2027-05-04T07:00:00Z");
            assertEquals(List.of("1:SKIPPED:CONDITIONS_NOT_MET", "2:EXECUTED", "3:EXECUTED"),
                    statuses(s.activities(contact)));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void aSmartSequenceRunsTheFirstMatchingStepEachInterval() {
        Scenario s = scenario("smart");
        s.clock("2027-06-07T06:00:00Z");
        String contact = s.contact("smart@example.com", "Sam", "Paris", "\"stage\":\"cold\"");
        JsonObject sequence = s.sequence(sequence("Smart", "SMART", viewAudience(s.contactView()), false, 2, null,
                task("FOLLOW_UP", null, "{\"field\":\"fields.stage\",\"operator\":\"EQUALS\",\"value\":\"hot\"}"),
                task("CALL_REMINDER", null, null), task("FOLLOW_UP", null, null)));
        String id = sequence.getString("id");
        try {
            s.scheduledRun(id, "2027-06-07T07:00:00Z");
            assertEquals(List.of("2:EXECUTED"), statuses(s.activities(contact)));
            s.noRunAt(id, "2027-06-08T07:00:00Z");
            s.updateContact("smart@example.com", "stage", "hot");
            s.scheduledRun(id, "2027-06-09T07:00:00Z");
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED"), statuses(s.activities(contact)));
            s.scheduledRun(id, "2027-06-11T07:00:00Z");
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED", "3:EXECUTED"), statuses(s.activities(contact)));
            s.scheduledRun(id, "2027-06-13T07:00:00Z");
            assertEquals("COMPLETED", s.enrollmentOf(id, contact).getString("status"));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void everyExitReasonEndsTheEnrollmentAndIsCounted() throws Exception {
        Scenario s = scenario("exits");
        s.clock("2027-07-05T06:00:00Z");
        Map<String, String> contacts = new HashMap<>();
        for (String who : List.of("conditions", "removed", "unsubscribed", "replied", "bounced")) {
            contacts.put(who, s.contact(who + ".exits@example.com", who, "Paris", "\"status\":\"Lead\""));
        }
        String exit = "{\"allStepsExecuted\":true,\"replied\":true,\"unsubscribed\":true,\"bounced\":true,"
                + "\"conditions\":[{\"field\":\"fields.status\",\"operator\":\"EQUALS\",\"value\":\"Customer\"}],"
                + "\"match\":\"ALL\"}";
        JsonObject sequence = s.sequence(sequence("Exits", "CLASSIC", viewAudience(s.contactView()), false, null, exit,
                task("EMAIL", 1, null), task("FOLLOW_UP", 5, null)));
        String id = sequence.getString("id");
        try {
            assertEquals(5, s.scheduledRun(id, "2027-07-05T07:00:00Z").getInt("executed"));
            Map<String, String> messageIds = ItMail.messageIdsByRecipient(MAIL, 5, "exits@example.com");

            s.updateContact("conditions.exits@example.com", "status", "Customer");
            String removed = s.enrollmentOf(id, contacts.get("removed")).getString("id");
            assertEquals(200, rep.delete("/api/v1/enrollments/" + removed).status());
            assertApplied(s.event("{\"id\":\"exits-1\",\"type\":\"UNSUBSCRIBED\",\"email\":"
                    + "\"unsubscribed.exits@example.com\",\"occurredAt\":\"2027-07-05T10:00:00Z\"}"));
            assertApplied(s.event("{\"id\":\"exits-2\",\"type\":\"REPLIED\",\"messageId\":\""
                    + messageIds.get("replied.exits@example.com") + "\",\"occurredAt\":\"2027-07-05T10:00:00Z\"}"));
            assertApplied(s.event("{\"id\":\"exits-3\",\"type\":\"BOUNCED\",\"messageId\":\""
                    + messageIds.get("bounced.exits@example.com") + "\",\"occurredAt\":\"2027-07-05T10:00:00Z\"}"));

            // Signals end enrollments at once; property conditions at the next run.
            assertEquals("ACTIVE", s.enrollmentOf(id, contacts.get("conditions")).getString("status"));
            s.scheduledRun(id, "2027-07-06T07:00:00Z");
            for (String who : List.of("conditions", "removed", "unsubscribed", "replied", "bounced")) {
                JsonObject enrollment = s.enrollmentOf(id, contacts.get(who));
                assertEquals("EXITED", enrollment.getString("status"), who);
                assertEquals(who.toUpperCase(), enrollment.getString("exitReason"), who);
            }
            JsonObject metrics = s.metrics(id);
            JsonObject exited = metrics.getJsonObject("exited");
            for (String reason : List.of("conditions", "removed", "unsubscribed", "replied", "bounced")) {
                assertEquals(1, exited.getInt(reason), reason + " in " + metrics);
            }
            JsonObject emailStep = metrics.getJsonArray("steps").getJsonObject(0);
            assertEquals(5, emailStep.getInt("sent"));
            assertEquals(1, emailStep.getInt("replied"));
            assertEquals(1, emailStep.getInt("bounced"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "Replied".equals(admin.get("/api/v1/host/contacts/"
                    + contacts.get("replied")).json().getString("lastContactedMode")));
            assertEquals("No reply", admin.get("/api/v1/host/contacts/" + contacts.get("conditions")).json()
                    .getString("lastContactedMode"));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void anExclusiveSequenceDoesNotTakeContactsActiveInAnother() {
        Scenario s = scenario("exclusive");
        s.clock("2027-08-02T06:00:00Z");
        String one = s.contact("one.exclusive@example.com", "One", "Paris", null);
        s.contact("two.exclusive@example.com", "Two", "Paris", null);
        String view = s.contactView();
        String exclusive = sequence("Exclusive A", "CLASSIC", viewAudience(view), false, null, null,
                task("FOLLOW_UP", 3, null)).replace("\"exclusive\":false", "\"exclusive\":true");
        JsonObject first = s.sequence(exclusive);
        JsonObject second = s.sequence(exclusive.replace("Exclusive A", "Exclusive B"));
        JsonObject open = s.sequence(sequence("Not exclusive", "CLASSIC", viewAudience(view), false, null, null,
                task("FOLLOW_UP", 3, null)));
        try {
            assertEquals(2, s.runNow(first.getString("id")).getInt("enrolled"));
            assertEquals(0, s.runNow(second.getString("id")).getInt("enrolled"));
            JsonObject byHand = s.rep.post("/api/v1/sequences/" + second.getString("id") + "/enrollments",
                    "{\"recordType\":\"CONTACT\",\"ids\":[\"" + one + "\"]}").json();
            assertEquals(0, byHand.getInt("enrolled"), "nor by hand");
            assertEquals("IN_EXCLUSIVE_SEQUENCE", byHand.getJsonArray("skips").getJsonObject(0).getString("reason"));
            assertEquals(2, s.runNow(open.getString("id")).getInt("enrolled"));
        } finally {
            s.pause(first);
            s.pause(second);
            s.pause(open);
        }
    }

    @Test
    void duplicateEmailsAreEnrolledOnceWhenTheSequenceAsks() {
        Scenario s = scenario("dups");
        s.clock("2027-08-09T06:00:00Z");
        s.contact("same.dups@example.com", "First", "Paris", null);
        s.contact("SAME.dups@example.com", "Second", "Paris", null);
        String view = s.contactView();
        JsonObject once = s.sequence(sequence("Once per email", "CLASSIC", viewAudience(view), false, null, null,
                task("FOLLOW_UP", 3, null)));
        JsonObject every = s.sequence(sequence("Every contact", "CLASSIC",
                viewAudience(view).replace("\"preventDuplicateEmails\":true", "\"preventDuplicateEmails\":false"),
                false, null, null, task("FOLLOW_UP", 3, null)));
        try {
            assertEquals(1, s.runNow(once.getString("id")).getInt("enrolled"));
            assertEquals(2, s.runNow(every.getString("id")).getInt("enrolled"));
        } finally {
            s.pause(once);
            s.pause(every);
        }
    }

    @Test
    void anAccountBringsInTheContactsWhosePrimaryAccountItIs() {
        Scenario s = scenario("accounts");
        s.clock("2027-08-16T06:00:00Z");
        JsonArray accounts = admin.post("/api/v1/host/accounts", "[{\"name\":\"Acme-accounts-1\",\"domain\":\"a1.example\"},"
                + "{\"name\":\"Acme-accounts-2\",\"domain\":\"a2.example\"},{\"name\":\"Other-accounts\"}]").array();
        List<String> accountIds = accounts.stream().map(a -> ((JsonObject) a).getString("id")).toList();
        ApiClient.Reply contacts = admin.post("/api/v1/host/contacts", "["
                + "{\"email\":\"a1.accounts@example.com\",\"firstName\":\"A\",\"accountId\":\"" + accountIds.get(0) + "\"},"
                + "{\"email\":\"a1b.accounts@example.com\",\"firstName\":\"B\",\"accountId\":\"" + accountIds.get(0) + "\"},"
                + "{\"email\":\"a2.accounts@example.com\",\"firstName\":\"C\",\"accountId\":\"" + accountIds.get(1) + "\"},"
                + "{\"email\":\"other.accounts@example.com\",\"firstName\":\"D\",\"accountId\":\"" + accountIds.get(2) + "\"}]");
        assertEquals(201, contacts.status(), contacts.body());
        String view = admin.post("/api/v1/host/views", "{\"name\":\"Acme accounts\",\"recordType\":\"ACCOUNT\","
                + "\"match\":\"ALL\",\"conditions\":[{\"field\":\"account.name\",\"operator\":\"STARTS_WITH\","
                + "\"value\":\"Acme-accounts\"}]}").json().getString("id");
        JsonObject sequence = s.sequence(sequence("Accounts", "CLASSIC", "{\"recordType\":\"ACCOUNT\",\"savedViewIds\":[\""
                + view + "\"],\"conditions\":[],\"match\":\"ALL\",\"preventDuplicateEmails\":true}", false, null, null,
                task("FOLLOW_UP", 3, null)));
        try {
            assertEquals(3, s.runNow(sequence.getString("id")).getInt("enrolled"));
            Map<String, Long> byAccount = s.enrollments(sequence.getString("id")).stream()
                    .map(e -> ((JsonObject) e).getString("accountId"))
                    .collect(Collectors.groupingBy(account -> account, Collectors.counting()));
            assertEquals(Map.of(accountIds.get(0), 2L, accountIds.get(1), 1L), byAccount);
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void eachRunReChecksTheAudienceAndTakesNewcomers() {
        Scenario s = scenario("newcomers");
        s.clock("2027-09-06T06:00:00Z");
        s.contact("berlin.newcomers@example.com", "Bea", "Berlin", null);
        s.contact("paris.newcomers@example.com", "Pia", "Paris", null);
        String audience = "{\"recordType\":\"CONTACT\",\"savedViewIds\":[],\"conditions\":["
                + "{\"field\":\"fields.testTag\",\"operator\":\"EQUALS\",\"value\":\"newcomers\"},"
                + "{\"field\":\"city\",\"operator\":\"EQUALS\",\"value\":\"Berlin\"}],\"match\":\"ALL\","
                + "\"preventDuplicateEmails\":true}";
        JsonObject sequence = s.sequence(sequence("Newcomers", "CLASSIC", audience, false, null, null,
                task("FOLLOW_UP", 1, null)));
        String id = sequence.getString("id");
        try {
            assertEquals(1, s.scheduledRun(id, "2027-09-06T07:00:00Z").getInt("enrolled"));
            String late = s.contact("late.newcomers@example.com", "Lea", "Berlin", null);
            s.updateContact("paris.newcomers@example.com", "city", "Berlin");
            JsonObject tuesday = s.scheduledRun(id, "2027-09-07T07:00:00Z");
            assertEquals(2, tuesday.getInt("enrolled"));
            assertEquals(2, tuesday.getInt("executed"), "day 1 of a newcomer is the run that enrolls it");
            assertEquals(List.of("1:EXECUTED"), statuses(s.activities(late)));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void runsMissedByDowntimeCatchUpAtTheNextRun() {
        Scenario s = scenario("catchup");
        s.clock("2027-10-04T06:00:00Z");
        String contact = s.contact("catchup@example.com", "Cat", "Paris", null);
        JsonObject sequence = s.sequence(sequence("Catch-up", "CLASSIC", viewAudience(s.contactView()), false, null,
                null, task("FOLLOW_UP", 1, null), task("FOLLOW_UP", 2, null), task("CALL_REMINDER", 3, null),
                task("FOLLOW_UP", 5, null)));
        String id = sequence.getString("id");
        try {
            assertEquals(1, s.scheduledRun(id, "2027-10-04T07:00:00Z").getInt("executed"));
            // Tuesday's run never happens (the plugin was down); Wednesday's catches up.
            JsonObject wednesday = s.scheduledRun(id, "2027-10-06T07:00:00Z");
            assertEquals(2, wednesday.getInt("executed"));
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED", "3:EXECUTED"), statuses(s.activities(contact)));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void aRunThatFailsMidWayIsRestartedAndExecutesEveryDueStepOnce() {
        Scenario s = scenario("restart");
        s.clock("2027-11-01T06:00:00Z");
        StringBuilder contacts = new StringBuilder("[");
        for (int i = 0; i < 120; i++) {
            contacts.append(i == 0 ? "" : ",").append("{\"email\":\"c").append(i).append(".restart@example.com\",")
                    .append("\"firstName\":\"C").append(i).append("\",\"fields\":{\"testTag\":\"restart\"}}");
        }
        assertEquals(201, admin.post("/api/v1/host/contacts", contacts.append("]").toString()).status());
        JsonObject sequence = s.sequence(sequence("Restart", "CLASSIC", viewAudience(s.contactView()), false, null,
                null, task("FOLLOW_UP", 1, null)));
        String id = sequence.getString("id");
        try {
            assertEquals(204, admin.put("/api/v1/admin/faults", "{\"stage\":\"execute\",\"afterChunks\":1}").status());
            ApiClient.Reply started = rep.post("/api/v1/sequences/" + id + "/runs?chunkSize=50", "");
            JsonObject failed = s.awaitRunById(started.json().getString("id"), "FAILED");
            assertNotNull(failed.getString("failure"));
            assertEquals(50, s.metrics(id).getJsonArray("steps").getJsonObject(0).getInt("executed"),
                    "the first chunk committed before the failure");

            ApiClient.Reply restarted = rep.post("/api/v1/runs/" + failed.getString("id") + "/restart", "");
            assertEquals(200, restarted.status(), restarted.body());
            JsonObject done = s.awaitRunById(failed.getString("id"), "COMPLETED");
            assertEquals(120, done.getInt("enrolled"));
            assertEquals(120, done.getInt("executed"));
            assertEquals(120, s.metrics(id).getJsonArray("steps").getJsonObject(0).getInt("executed"));

            assertEquals(0, s.runNow(id).getInt("executed"), "nothing runs twice");
            assertEquals(120, s.metrics(id).getJsonArray("steps").getJsonObject(0).getInt("executed"));
        } finally {
            s.pause(sequence);
        }
    }

    /** A contact of the rep in {@code timezone} (and {@code accountId}), tagged for the scenario; returns its id. */
    private String contactIn(Scenario s, String email, String timezone, String accountId) {
        ApiClient.Reply reply = admin.post("/api/v1/host/contacts", "[{\"email\":\"" + email + "\",\"firstName\":\"Tia\","
                + "\"lastName\":\"Tester\",\"ownerId\":\"" + s.repId() + "\""
                + (timezone == null ? "" : ",\"timezone\":\"" + timezone + "\"")
                + (accountId == null ? "" : ",\"accountId\":\"" + accountId + "\"")
                + ",\"fields\":{\"testTag\":\"" + s.tag + "\"}}]");
        assertEquals(201, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getString("id");
    }

    /** The time of the one activity of the contact's step at {@code position}. */
    private static java.time.Instant activityAt(JsonArray activities, int position) {
        List<JsonObject> ofStep = activities.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getInt("stepPosition") == position).toList();
        assertEquals(1, ofStep.size(), "one execution of step " + position + ": " + activities);
        return java.time.Instant.parse(ofStep.get(0).getString("at"));
    }

    private static void assertAtOrJustAfter(String expected, java.time.Instant actual, String what) {
        java.time.Instant due = java.time.Instant.parse(expected);
        assertFalse(actual.isBefore(due), what + " ran at " + actual + ", before " + due);
        assertTrue(actual.isBefore(due.plusSeconds(60)), what + " ran at " + actual + ", not at " + due);
    }

    @Test
    void recipientTimeZonesSendEachContactsEmailsAtNineLocalTimeAcrossDaylightSavingChanges() {
        Scenario s = scenario("zones");
        s.clock("2027-03-11T12:00:00Z");
        String tokyo = contactIn(s, "tokyo.zones@example.com", "Asia/Tokyo", null);
        String newYork = contactIn(s, "newyork.zones@example.com", "America/New_York", null);
        String nowhere = contactIn(s, "nowhere.zones@example.com", null, null);
        JsonObject sequence = s.sequence(sequence("Zones", "CLASSIC", viewAudience(s.contactView()), false, null, null,
                task("EMAIL", 1, null), task("EMAIL", 3, null))
                .replace("\"intervalDays\":null}", "\"intervalDays\":null,\"recipientTimezone\":true}"));
        String id = sequence.getString("id");
        assertTrue(sequence.getJsonObject("schedule").getBoolean("recipientTimezone"), sequence.toString());
        try {
            // Friday 09:00 in Berlin (08:00Z) enrolls all three: 17:00 in Tokyo (its 09:00 has passed: day 1 is
            // tomorrow there), 03:00 in New York (its 09:00 is still to come today).
            JsonObject enrolling = s.scheduledRun(id, "2027-03-12T08:00:00Z");
            assertEquals(3, enrolling.getInt("enrolled"), enrolling.toString());
            assertEquals(1, enrolling.getInt("executed"), "only the contact without a zone, in Berlin's: " + enrolling);
            assertEquals("2027-03-13T00:00:00Z", s.enrollmentOf(id, tokyo).getString("nextStepAt"));
            assertEquals("2027-03-12T14:00:00Z", s.enrollmentOf(id, newYork).getString("nextStepAt"));
            assertEquals("2027-03-12T14:00:00Z", rep.get("/api/v1/sequences/" + id).json().getString("nextRunAt"),
                    "the sequence wakes next for New York's morning");

            JsonObject newYorkMorning = s.scheduledRun(id, "2027-03-12T14:00:00Z");
            assertEquals("CONTACTS", newYorkMorning.getString("trigger"), newYorkMorning.toString());
            assertEquals(1, newYorkMorning.getInt("executed"), "New York only: " + newYorkMorning);
            JsonObject tokyoMorning = s.scheduledRun(id, "2027-03-13T00:00:00Z");
            assertEquals(1, tokyoMorning.getInt("executed"), "Tokyo only: " + tokyoMorning);
            assertAtOrJustAfter("2027-03-12T14:00:00Z", activityAt(s.activities(newYork), 1), "New York's day 1");
            assertAtOrJustAfter("2027-03-13T00:00:00Z", activityAt(s.activities(tokyo), 1), "Tokyo's day 1");

            // New York's clocks go forward on Sunday the 14th: 09:00 there is 13:00Z from then on.
            assertEquals("2027-03-14T13:00:00Z", s.enrollmentOf(id, newYork).getString("nextStepAt"));
            assertEquals("2027-03-15T00:00:00Z", s.enrollmentOf(id, tokyo).getString("nextStepAt"));
            s.scheduledRun(id, "2027-03-14T13:00:00Z");
            s.scheduledRun(id, "2027-03-15T00:00:00Z");
            assertAtOrJustAfter("2027-03-14T13:00:00Z", activityAt(s.activities(newYork), 2), "New York's day 3");
            assertAtOrJustAfter("2027-03-15T00:00:00Z", activityAt(s.activities(tokyo), 2), "Tokyo's day 3");
            assertEquals(2, receivedBy("tokyo.zones@example.com"), "Tokyo got each email once");
            assertEquals(2, receivedBy("newyork.zones@example.com"), "New York got each email once");
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED"), statuses(s.activities(nowhere)));
        } finally {
            s.pause(sequence);
        }
    }

    private static long receivedBy(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> countTo(address) >= 2);
        return countTo(address);
    }

    private static long countTo(String address) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    @Test
    void aGermanHolidayMovesADayTwoStepToTheNextBusinessDay() {
        Scenario s = scenario("whit");
        s.clock("2027-05-13T12:00:00Z");
        String contact = s.contact("whit@example.com", "Wilma", "Berlin", null);
        JsonObject sequence = s.sequence(sequence("Whit", "CLASSIC", viewAudience(s.contactView()), true, null, null,
                task("FOLLOW_UP", 1, null), task("FOLLOW_UP", 2, null))
                .replace("\"intervalDays\":null}", "\"intervalDays\":null,\"holidays\":[\"de\"]}"));
        String id = sequence.getString("id");
        assertEquals(List.of("DE"), sequence.getJsonObject("schedule").getJsonArray("holidays")
                .getValuesAs(JsonString::getString));
        try {
            // Friday 2027-05-14 is day 1; Monday the 17th is Whit Monday: day 2 is Tuesday, 09:00 summer time.
            assertEquals(1, s.scheduledRun(id, "2027-05-14T07:00:00Z").getInt("executed"));
            assertEquals("2027-05-18T07:00:00Z", s.enrollmentOf(id, contact).getString("nextStepAt"));
            assertEquals("2027-05-18T07:00:00Z", rep.get("/api/v1/sequences/" + id).json().getString("nextRunAt"),
                    "no run on the weekend nor on Whit Monday");
            s.noRunAt(id, "2027-05-17T07:00:00Z");
            assertEquals(1, s.scheduledRun(id, "2027-05-18T07:00:00Z").getInt("executed"));
            assertEquals(List.of("1:EXECUTED", "2:EXECUTED"), statuses(s.activities(contact)));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void aRampOfTwoADayEnrollsTwoThenFourInTheAudiencesOrder() {
        Scenario s = scenario("ramp");
        s.clock("2027-06-07T06:00:00Z");
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contacts.add(s.contact("c" + i + ".ramp@example.com", "R" + i, "Paris", null));
        }
        JsonObject sequence = s.sequence(sequence("Ramp", "CLASSIC", viewAudience(s.contactView())
                        .replace("\"preventDuplicateEmails\":true}", "\"preventDuplicateEmails\":true,"
                                + "\"dailyEnrollmentLimit\":2}"), false, null, null, task("FOLLOW_UP", 1, null)));
        String id = sequence.getString("id");
        assertEquals(2, sequence.getJsonObject("audience").getInt("dailyEnrollmentLimit"));
        try {
            assertEquals(2, s.scheduledRun(id, "2027-06-07T07:00:00Z").getInt("enrolled"));
            assertEquals(0, s.runNow(id).getInt("enrolled"), "a second run the same day enrolls nobody more");
            assertEquals(2, s.scheduledRun(id, "2027-06-08T07:00:00Z").getInt("enrolled"));
            List<String> enrolled = s.enrollments(id).getValuesAs(JsonObject.class).stream()
                    .map(enrollment -> enrollment.getString("contactId")).sorted().toList();
            assertEquals(contacts.subList(0, 4).stream().sorted().toList(), enrolled, "the first four, in order");
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void aColleaguesReplyEndsTheOtherContactsEnrollmentAndAMeetingBookedEndsItsOwn() throws Exception {
        Scenario s = scenario("account");
        s.clock("2027-08-02T06:00:00Z");
        ApiClient.Reply account = admin.post("/api/v1/host/accounts", "[{\"name\":\"Acme account\","
                + "\"domain\":\"acme-account.example\"}]");
        assertEquals(201, account.status(), account.body());
        String accountId = account.array().getJsonObject(0).getString("id");
        String anna = contactIn(s, "anna.account@example.com", null, accountId);
        String ben = contactIn(s, "ben.account@example.com", null, accountId);
        String cleo = contactIn(s, "cleo.account@example.com", null, null);
        String exit = "{\"allStepsExecuted\":true,\"replied\":true,\"unsubscribed\":true,\"bounced\":true,"
                + "\"accountReplied\":true,\"meetingBooked\":true}";
        JsonObject sequence = s.sequence(sequence("Account", "CLASSIC", viewAudience(s.contactView()), false, null, exit,
                task("EMAIL", 1, null), task("FOLLOW_UP", 5, null)));
        String id = sequence.getString("id");
        try {
            assertEquals(3, s.scheduledRun(id, "2027-08-02T07:00:00Z").getInt("executed"));
            Map<String, String> messageIds = ItMail.messageIdsByRecipient(MAIL, 3, ".account@example.com");
            assertApplied(s.event("{\"id\":\"account-1\",\"type\":\"REPLIED\",\"messageId\":\""
                    + messageIds.get("anna.account@example.com") + "\"}"));
            assertEquals("REPLIED", s.enrollmentOf(id, anna).getString("exitReason"));
            assertEquals("ACCOUNT_REPLIED", s.enrollmentOf(id, ben).getString("exitReason"),
                    "Ben's colleague Anna replied");
            assertEquals("ACTIVE", s.enrollmentOf(id, cleo).getString("status"), "Cleo is of no account");
            assertApplied(s.event("{\"id\":\"account-2\",\"type\":\"MEETING_BOOKED\",\"contactId\":\"" + cleo
                    + "\"}"));
            assertEquals("MEETING_BOOKED", s.enrollmentOf(id, cleo).getString("exitReason"));
            JsonObject exited = s.metrics(id).getJsonObject("exited");
            assertEquals(1, exited.getInt("accountReplied"), exited.toString());
            assertEquals(1, exited.getInt("meetingBooked"), exited.toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> "Meeting".equals(admin.get("/api/v1/host/contacts/"
                    + cleo).json().getString("lastActivityType", null)));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void fiveHardBouncesOfFiftyPauseTheSequenceUntilItsOwnerResumesIt() throws Exception {
        Scenario s = scenario("rails");
        s.clock("2027-09-06T06:00:00Z");
        for (int i = 0; i < 50; i++) {
            s.contact("c" + i + ".rails@example.com", "R" + i, "Paris", null);
        }
        JsonObject sequence = s.sequence(sequence("Rails", "CLASSIC", viewAudience(s.contactView()), false, null, null,
                task("EMAIL", 1, null), task("EMAIL", 2, null)));
        String id = sequence.getString("id");
        assertEquals(0.05, sequence.getJsonObject("guardrails").getJsonNumber("maxBounceRate").doubleValue(),
                "the guardrails are on by default");
        try {
            assertEquals(50, s.scheduledRun(id, "2027-09-06T07:00:00Z").getInt("executed"));
            Map<String, String> messageIds = ItMail.messageIdsByRecipient(MAIL, 50, ".rails@example.com");
            for (int i = 0; i < 5; i++) {
                assertApplied(s.event("{\"id\":\"rails-" + i + "\",\"type\":\"BOUNCED\",\"messageId\":\""
                        + messageIds.get("c" + i + ".rails@example.com") + "\"}"));
                if (i == 1) {
                    assertEquals("ACTIVE", rep.get("/api/v1/sequences/" + id).json().getString("status"),
                            "2 of 50 is under 5 %");
                }
            }
            JsonObject paused = rep.get("/api/v1/sequences/" + id).json();
            assertEquals("PAUSED", paused.getString("status"), paused.toString());
            assertEquals("BOUNCE_RATE", paused.getString("pausedReason"));
            s.noRunAt(id, "2027-09-07T07:00:00Z");

            // Resuming is deliberate: saved as active, it runs again and its rates count afresh.
            ApiClient.Reply resumed = rep.put("/api/v1/sequences/" + id,
                    Json.createObjectBuilder(paused).add("status", "ACTIVE").build().toString());
            assertEquals(200, resumed.status(), resumed.body());
            assertTrue(resumed.json().isNull("pausedReason") || !resumed.json().containsKey("pausedReason"));
            assertEquals(45, s.runNow(id).getInt("executed"), "day 2 for the 45 that did not bounce");
            assertEquals("ACTIVE", rep.get("/api/v1/sequences/" + id).json().getString("status"));
        } finally {
            s.pause(sequence);
        }
    }
}
