package org.salessequences.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Reminders, tasks, call reminders and texts on the real WAR: a sequence of all five step types over two
 * simulated weeks, the reminders' due times, sending an edited email reminder (GreenMail receives the edit),
 * completing a call (both contact fields in the host), a text reaching a Twilio-compatible stub (WireMock), and
 * the activities dashboard's filters and scope.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ItMail.server();

    @RegisterExtension
    static final WireMockExtension TWILIO = WireMockExtension.newInstance()
            .options(wireMockConfig().port(Integer.getInteger("it.twilio.port", 3080))).build();

    private static final String MESSAGES = "/2010-04-01/Accounts/" + System.getProperty("it.twilio.sid", "ACit")
            + "/Messages.json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin;

    @BeforeEach
    void clients() {
        admin = new ApiClient(base, Tokens.admin("reminders-admin"));
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SMit\",\"status\":\"queued\"}")));
    }

    private static String step(String type, int day, String settings) {
        return "{\"type\":\"" + type + "\",\"day\":" + day + ",\"conditions\":[],\"match\":\"ALL\"," + settings + "}";
    }

    private static String sequence(String name, String viewId, String... steps) {
        return "{\"name\":\"" + name + "\",\"type\":\"CLASSIC\",\"status\":\"ACTIVE\",\"audience\":{\"recordType\":"
                + "\"CONTACT\",\"savedViewIds\":[\"" + viewId + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":"
                + "\"Europe/Berlin\",\"excludeWeekends\":true},\"steps\":[" + String.join(",", steps) + "]}";
    }

    private JsonObject reminders(ApiClient client, String query) {
        ApiClient.Reply reply = client.get("/api/v1/reminders" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private JsonArray items(ApiClient client, String query) {
        return reminders(client, query).getJsonArray("items");
    }

    @Test
    void allFiveStepTypesRunOverTwoWeeks() throws Exception {
        ApiClient rep = admin.as(Tokens.rep("five-rep"));
        Scenario s = new Scenario(admin, rep, "five");
        s.clock("2027-02-01T07:00:00Z");
        String contact = s.contact("five@example.com", "Fiona", "Berlin", null);
        String sequenceJson = sequence("Five types", s.contactView(),
                step("EMAIL", 1, "\"email\":{\"subject\":\"Hello $contact.firstName\",\"body\":\"<p>Day one</p>\"}"),
                step("EMAIL_REMINDER", 3, "\"email\":{\"subject\":\"Checking in, $contact.firstName\",\"body\":"
                        + "\"<p>Draft for $contact.firstName</p>\",\"threading\":\"REPLY_TO_PREVIOUS\"}"),
                step("FOLLOW_UP", 4, "\"task\":{\"title\":\"Follow up with $contact.firstName\",\"note\":\"n\"}"),
                step("CALL_REMINDER", 6, "\"task\":{\"title\":\"Call $contact.firstName\",\"note\":\"c\"}"),
                step("SMS", 8, "\"sms\":{\"body\":\"Hi $contact.firstName, quick text\"}"));
        JsonObject sequence = s.sequence(sequenceJson);
        String id = sequence.getString("id");
        try {
            // Week one: Monday the 1st is day 1 (the email), Wednesday day 3 (the email reminder).
            s.scheduledRun(id, "2027-02-01T08:00:00Z");
            ItMail.messageIdsByRecipient(MAIL, 1, "five@example.com");
            s.scheduledRun(id, "2027-02-02T08:00:00Z");
            s.scheduledRun(id, "2027-02-03T08:00:00Z");
            JsonObject reminder = awaitOne(rep, "type=EMAIL_REMINDER&contactId=" + contact);
            assertEquals("2027-02-03T08:00:00Z", reminder.getString("dueAt"));
            // A reply to the previous email: "Re: " and that email's subject, not the step's own.
            assertEquals("Re: Hello Fiona", reminder.getString("subject"));
            assertEquals("<p>Draft for Fiona</p>", reminder.getString("body"));

            // The contact waits on the unsent reminder: Thursday's follow-up is deferred with that reason.
            s.scheduledRun(id, "2027-02-04T08:00:00Z");
            assertTrue(s.activities(contact).stream().map(JsonObject.class::cast).anyMatch(a ->
                    "DEFERRED".equals(a.getString("status")) && "WAITING_FOR_REMINDER".equals(a.getString("reason"))),
                    s.activities(contact).toString());

            ApiClient.Reply sent = rep.post("/api/v1/reminders/" + reminder.getString("id") + "/send",
                    "{\"subject\":\"Edited subject for Fiona\",\"body\":\"<p>Edited by the rep</p>\"}");
            assertEquals(200, sent.status(), sent.body());
            assertEquals("DONE", sent.json().getString("status"));
            assertEquals(1, reminders(rep, "q=edited%20fio").getInt("total"), "found by the edited subject's words");
            assertEquals(0, reminders(rep, "q=hello").getInt("total"), "and no longer by the rendered one's");
            await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.getReceivedMessages().length >= 2);
            MimeMessage edited = MAIL.getReceivedMessages()[1];
            assertEquals("Edited subject for Fiona", edited.getSubject());
            assertTrue(GreenMailUtil.getBody(edited).contains("Edited by the rep"));
            assertEquals(ItMail.messageId(MAIL.getReceivedMessages()[0]), edited.getHeader("In-Reply-To", null),
                    "the reminder replies to the first email");

            // Friday: the follow-up catches up; week two: the call on day 6 (Monday), the text on day 8 (Wednesday).
            s.scheduledRun(id, "2027-02-05T08:00:00Z");
            JsonObject followUp = awaitOne(rep, "type=FOLLOW_UP&contactId=" + contact);
            assertEquals("Follow up with Fiona", followUp.getString("title"));
            assertEquals("2027-02-04T08:00:00Z", followUp.getString("dueAt"), "due on day 4, created when the reminder was sent");
            s.scheduledRun(id, "2027-02-08T08:00:00Z");
            JsonObject call = awaitOne(rep, "type=CALL_REMINDER&contactId=" + contact);
            assertEquals("2027-02-08T08:00:00Z", call.getString("dueAt"));
            assertEquals("Call Fiona", call.getString("title"));

            ApiClient.Reply completed = rep.post("/api/v1/reminders/" + call.getString("id") + "/complete",
                    "{\"outcome\":\"CONNECTED\",\"note\":\"Talked about pricing\"}");
            assertEquals(200, completed.status(), completed.body());
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonObject host = admin.get("/api/v1/host/contacts/" + contact).json();
                return "Outgoing call".equals(host.getString("lastContactedMode"))
                        && "Call".equals(host.getString("lastActivityType"));
            });
            assertEquals(200, rep.post("/api/v1/reminders/" + followUp.getString("id") + "/complete",
                    "{\"outcome\":\"DONE\"}").status());

            s.scheduledRun(id, "2027-02-10T08:00:00Z");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> TWILIO.verify(postRequestedFor(urlEqualTo(MESSAGES))
                    .withRequestBody(containing("Body=" + URLEncoder.encode("Hi Fiona, quick text",
                            StandardCharsets.UTF_8)))));
            s.scheduledRun(id, "2027-02-11T08:00:00Z");
            assertEquals("COMPLETED", s.enrollmentOf(id, contact).getString("status"));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void theDashboardFiltersEveryWayAndOnlyShowsTheCallersOwn() {
        // Reps of their own, so that other tests' reminders do not count here.
        ApiClient repA = admin.as(Tokens.rep("dash-rep-a"));
        ApiClient repB = admin.as(Tokens.rep("dash-rep-b"));
        Scenario a = new Scenario(admin, repA, "dash-a");
        Scenario b = new Scenario(admin, repB, "dash-b");
        a.clock("2027-04-05T06:00:00Z");
        String anna = a.contact("anna.dash@example.com", "Anna", "Berlin", null);
        String ben = a.contact("ben.dash@example.com", "Ben", "Berlin", null);
        b.contact("carl.dash@example.com", "Carl", "Berlin", null);
        JsonObject first = a.sequence(sequence("Dash one", a.contactView(),
                step("FOLLOW_UP", 1, "\"task\":{\"title\":\"Send deck to $contact.firstName\"}"),
                step("CALL_REMINDER", 1, "\"task\":{\"title\":\"Call $contact.firstName\"}"),
                step("EMAIL_REMINDER", 1, "\"email\":{\"subject\":\"Note for $contact.firstName\",\"body\":\"b\"}")));
        JsonObject other = b.sequence(sequence("Dash other", b.contactView(),
                step("FOLLOW_UP", 1, "\"task\":{\"title\":\"Rep B task\"}")));
        try {
            a.scheduledRun(first.getString("id"), "2027-04-05T07:00:00Z");
            b.runNow(other.getString("id"));
            a.clock("2027-04-07T06:00:00Z");
            JsonObject second = a.sequence(sequence("Dash two", a.contactView(),
                    step("FOLLOW_UP", 1, "\"task\":{\"title\":\"Later task for $contact.firstName\"}")));
            a.runNow(second.getString("id"));
            await().atMost(Duration.ofSeconds(30)).until(() -> reminders(repA, "").getInt("total") == 8);

            assertEquals(8, reminders(repA, "").getInt("total"), "6 from the first sequence, 2 from the second");
            assertTrue(reminders(repA, "").getBoolean("totalExact"), "counted exactly");
            assertEquals(1, reminders(repB, "").getInt("total"), "rep B sees only their own");
            assertTrue(items(repB, "").stream().allMatch(r -> "dash-rep-b".equals(((JsonObject) r)
                    .getString("ownerId"))));
            assertEquals(4, reminders(repA, "type=FOLLOW_UP").getInt("total"));
            assertEquals(2, reminders(repA, "type=CALL_REMINDER").getInt("total"));
            assertEquals(2, reminders(repA, "type=EMAIL_REMINDER").getInt("total"));
            assertEquals(2, reminders(repA, "sequenceId=" + second.getString("id")).getInt("total"));
            assertEquals(4, reminders(repA, "contactId=" + anna).getInt("total"));
            assertEquals(1, reminders(repA, "contactId=" + ben + "&sequenceId=" + first.getString("id")
                    + "&type=FOLLOW_UP").getInt("total"));
            assertEquals(6, reminders(repA, "dueTo=2027-04-06T00:00:00Z").getInt("total"));
            assertEquals(2, reminders(repA, "dueFrom=2027-04-06T00:00:00Z").getInt("total"));
            assertEquals(1, reminders(repA, "q=deck%20to%20ANNA").getInt("total"), "text search ignores case");
            assertEquals(1, reminders(repA, "q=later&contactId=" + ben).getInt("total"));
            assertEquals(4, reminders(repA, "q=Ann").getInt("total"), "words starting with it: Anna's four");
            assertEquals(0, reminders(repA, "q=eck").getInt("total"), "no match inside a word");
            assertEquals(8, reminders(repA, "q=%3F%20--").getInt("total"),
                    "a q without letters or digits filters nothing");
            ApiClient.Reply tooManyWords = repA.get("/api/v1/reminders?q=a%20b%20c%20d%20e%20f%20g%20h%20i");
            assertEquals(400, tooManyWords.status());
            assertEquals(List.of("q"), tooManyWords.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("field")).toList());

            String call = items(repA, "type=CALL_REMINDER&contactId=" + anna).getJsonObject(0).getString("id");
            assertEquals(200, repA.post("/api/v1/reminders/" + call + "/complete", "{\"outcome\":\"NO_ANSWER\"}").status());
            assertEquals(1, reminders(repA, "status=DONE").getInt("total"));
            assertEquals(7, reminders(repA, "status=OPEN").getInt("total"));
            assertEquals(1, reminders(repA, "status=OPEN&type=CALL_REMINDER&dueTo=2027-04-06T00:00:00Z").getInt("total"));

            JsonArray page = items(repA, "size=3&page=2");
            assertEquals(2, page.size(), "8 reminders in pages of 3: the third page has 2");
            List<String> byCursor = new ArrayList<>();
            String after = "";
            do {
                JsonObject keyset = reminders(repA, "size=3" + (after.isEmpty() ? "" : "&after=" + after));
                keyset.getJsonArray("items").forEach(r -> byCursor.add(((JsonObject) r).getString("id")));
                after = keyset.isNull("nextCursor") ? "" : keyset.getString("nextCursor");
            } while (!after.isEmpty());
            assertEquals(items(repA, "size=500").stream().map(r -> ((JsonObject) r).getString("id")).toList(), byCursor,
                    "pages after each page's nextCursor list every reminder once, in due order");
            ApiClient.Reply badCursor = repA.get("/api/v1/reminders?after=forged");
            assertEquals(400, badCursor.status());
            assertEquals("after", badCursor.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            List<String> due = items(repA, "size=500").stream().map(r -> ((JsonObject) r).getString("dueAt")).toList();
            assertEquals(due.stream().sorted().toList(), due, "sorted by due time");

            assertEquals(8, reminders(admin, "owner=dash-rep-a").getInt("total"));
            assertEquals(400, repA.get("/api/v1/reminders?owner=dash-rep-b").status());
            assertEquals(400, repA.get("/api/v1/reminders?type=MEETING").status());
            assertEquals(400, repA.get("/api/v1/reminders?dueFrom=yesterday").status());
            String foreign = items(repB, "").getJsonObject(0).getString("id");
            assertEquals(404, repA.get("/api/v1/reminders/" + foreign).status());
            assertEquals(404, repA.post("/api/v1/reminders/" + foreign + "/complete", "{}").status());
            assertEquals(409, repA.post("/api/v1/reminders/" + call + "/complete", "{\"outcome\":\"CONNECTED\"}")
                    .status(), "a done reminder cannot be completed again");
        } finally {
            a.pause(first);
            b.pause(other);
        }
    }

    private JsonObject awaitOne(ApiClient client, String query) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(client, query).getInt("total") == 1);
        return items(client, query).getJsonObject(0);
    }
}
