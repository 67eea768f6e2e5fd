package org.salessequences.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sequence definition contract end to end on the real WAR: every field round-trips, every validation rule
 * answers a problem naming its field with nothing stored, versions are kept, the per-user limit holds, user
 * scope hides other reps' sequences (404), and manual enrollment with pause, resume and remove.
 */
@ExtendWith(ArquillianExtension.class)
class SequenceDefinitionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private ApiClient repA;
    private ApiClient repB;
    private ApiClient admin;

    @BeforeEach
    void clients() {
        repA = new ApiClient(base, Tokens.rep("definitions-rep-a"));
        repB = repA.as(Tokens.rep("definitions-rep-b"));
        admin = repA.as(Tokens.admin("definitions-admin"));
        // The steps' from and replyTo are rep A's own mailbox address, which is all a rep may send as by default.
        ApiClient.Reply mailbox = repA.put("/api/v1/me/mailbox", "{\"fromAddress\":\"rep.a@example.com\"}");
        assertEquals(200, mailbox.status(), mailbox.body());
    }

    /** A step of each type, with every setting given explicitly. */
    static JsonObject step(int index) {
        String[] types = {"EMAIL", "EMAIL_REMINDER", "FOLLOW_UP", "CALL_REMINDER", "SMS"};
        String type = types[index % types.length];
        JsonObjectBuilder step = Json.createObjectBuilder().add("type", type).add("day", 1 + index * 3)
                .add("conditions", Json.createArrayBuilder()
                        .add(condition("city", "EQUALS", Json.createValue("Berlin")))
                        .add(condition("fields.score", "GREATER_THAN", Json.createValue(10)))
                        .add(condition("email.opened", index == 0 ? "NOT_EQUALS" : "EQUALS", Json.createValue("any"))))
                .add("match", index % 2 == 0 ? "ALL" : "ANY");
        switch (type) {
            case "EMAIL", "EMAIL_REMINDER" -> step.add("email", Json.createObjectBuilder()
                    .add("subject", "Step " + index + " for $!{contact.firstName}")
                    .add("body", "<p>Hello $contact.firstName from $account.name</p>\n$sender.signature")
                    .add("threading", index == 0 ? "NEW_THREAD" : "REPLY_TO_PREVIOUS")
                    .add("from", "rep.a@example.com").add("replyTo", "Rep.A@example.com")
                    .add("cc", Json.createArrayBuilder().add("cc" + index + "@example.com"))
                    .add("bcc", Json.createArrayBuilder().add("audit@example.com"))
                    .add("trackOpens", index % 2 == 0).add("trackClicks", true).add("unsubscribeLink", index % 3 != 0));
            case "FOLLOW_UP", "CALL_REMINDER" -> step.add("task", Json.createObjectBuilder()
                    .add("title", "Task " + index + " for $contact.firstName").add("note", "Note " + index));
            default -> step.add("sms", Json.createObjectBuilder().add("body", "Hi $contact.firstName, step " + index));
        }
        return step.build();
    }

    static JsonObject condition(String field, String operator, JsonValue value) {
        return Json.createObjectBuilder().add("field", field).add("operator", operator).add("value", value).build();
    }

    static JsonObject sequence(String name, int steps) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < steps; i++) {
            list.add(step(i));
        }
        return Json.createObjectBuilder().add("name", name).add("type", "CLASSIC").add("status", "DRAFT")
                .add("exclusive", true)
                .add("audience", Json.createObjectBuilder().add("recordType", "CONTACT")
                        .add("savedViewIds", Json.createArrayBuilder())
                        .add("conditions", Json.createArrayBuilder()
                                .add(condition("country", "IN", Json.createArrayBuilder().add("DE").add("AT").build()))
                                .add(condition("jobTitle", "IS_NOT_EMPTY", JsonValue.NULL)))
                        .add("match", "ANY").add("preventDuplicateEmails", false).add("dailyEnrollmentLimit", 40))
                .add("schedule", Json.createObjectBuilder().add("time", "09:30").add("timezone", "Europe/Berlin")
                        .add("excludeWeekends", true).add("intervalDays", JsonValue.NULL)
                        .add("recipientTimezone", true).add("holidays", Json.createArrayBuilder().add("DE").add("AT")))
                .add("steps", list)
                .add("exitCriteria", Json.createObjectBuilder().add("allStepsExecuted", true).add("replied", true)
                        .add("unsubscribed", false).add("bounced", true)
                        .add("conditions", Json.createArrayBuilder().add(condition("fields.status", "EQUALS",
                                Json.createValue("Customer"))))
                        .add("match", "ALL").add("accountReplied", true).add("meetingBooked", false))
                .add("guardrails", Json.createObjectBuilder().add("maxBounceRate", 0.04).add("maxComplaintRate", 0.002)
                        .add("minSample", 80))
                .build();
    }

    @Test
    void aTwentyFiveStepSequenceRoundTripsEveryField() {
        JsonObject sent = sequence("Twenty-five steps", 25);
        ApiClient.Reply created = repA.post("/api/v1/sequences", sent.toString());
        assertEquals(201, created.status(), created.body());
        JsonObject echoed = created.json();
        assertSameDefinition(sent, echoed);
        assertEquals("definitions-rep-a", echoed.getString("ownerId"));
        assertEquals(1, echoed.getInt("version"));
        JsonArray steps = echoed.getJsonArray("steps");
        for (int i = 0; i < 25; i++) {
            assertEquals(i + 1, steps.getJsonObject(i).getInt("position"));
            assertNotNull(steps.getJsonObject(i).getString("id"));
        }

        String id = echoed.getString("id");
        JsonObject read = repA.get("/api/v1/sequences/" + id).json();
        assertEquals(echoed, read);

        ApiClient.Reply unchanged = repA.put("/api/v1/sequences/" + id, read.toString());
        assertEquals(200, unchanged.status(), unchanged.body());
        assertEquals(read, unchanged.json(), "saving an unchanged sequence changes nothing, not even its version");

        JsonObject edited = edit(read, definition -> definition
                .add("name", "Twenty-five steps, edited")
                .add("steps", Json.createArrayBuilder(read.getJsonArray("steps")).set(2,
                        Json.createObjectBuilder(read.getJsonArray("steps").getJsonObject(2))
                                .add("day", 8).build())));
        ApiClient.Reply updated = repA.put("/api/v1/sequences/" + id, edited.toString());
        assertEquals(200, updated.status(), updated.body());
        assertSameDefinition(edited, updated.json());
        assertEquals(2, updated.json().getInt("version"));
        assertEquals(ids(read.getJsonArray("steps")), ids(updated.json().getJsonArray("steps")),
                "steps keep their ids across edits");

        ApiClient.Reply versions = repA.get("/api/v1/sequences/" + id + "/versions");
        assertEquals(200, versions.status(), versions.body());
        assertEquals("2", versions.header("X-Total-Count"));
        JsonObject latest = versions.array().getJsonObject(0);
        assertEquals(2, latest.getInt("version"));
        assertEquals("definitions-rep-a", latest.getString("changedBy"));
        assertEquals(List.of("name", "steps[2].day"), strings(latest.getJsonArray("changes")));
        assertEquals("Twenty-five steps", versions.array().getJsonObject(1).getJsonObject("sequence").getString("name"));
        assertEquals(List.of("created"), strings(versions.array().getJsonObject(1).getJsonArray("changes")));
    }

    @Test
    void anEmailStepIsPreviewedForAContactWithoutSendingAndAReplySaysReOfThePreviousSubject() {
        JsonObject created = repA.post("/api/v1/sequences", sequence("Preview", 6).toString()).json();
        JsonArray steps = created.getJsonArray("steps");
        String sequenceId = created.getString("id");
        String contact = admin.post("/api/v1/host/contacts", "[{\"email\":\"ada.preview@example.com\","
                + "\"firstName\":\"Ada\",\"ownerId\":\"definitions-rep-a\"}]").array().getJsonObject(0).getString("id");
        String path = "/api/v1/sequences/" + sequenceId + "/steps/";
        String body = "{\"contactId\":\"" + contact + "\"}";

        ApiClient.Reply first = repA.post(path + steps.getJsonObject(0).getString("id") + "/preview", body);
        assertEquals(200, first.status(), first.body());
        assertEquals("Step 0 for Ada", first.json().getString("subject"));
        assertTrue(first.json().getString("html").contains("Hello Ada"), first.body());
        assertTrue(first.json().getString("text").contains("Hello Ada"), first.body());
        assertFalse(first.json().getString("html").contains("/t/o/"), "a preview is not tracked");
        ApiClient.Reply reply = repA.post(path + steps.getJsonObject(5).getString("id") + "/preview", body);
        assertEquals("Re: Step 0 for Ada", reply.json().getString("subject"), reply.body());

        ApiClient.Reply task = repA.post(path + steps.getJsonObject(2).getString("id") + "/preview", body);
        assertEquals(400, task.status(), task.body());
        assertTrue(task.body().contains("stepId"), task.body());
        ApiClient.Reply noContact = repA.post(path + steps.getJsonObject(0).getString("id") + "/preview", "{}");
        assertEquals(400, noContact.status(), noContact.body());
        assertTrue(noContact.body().contains("contactId"), noContact.body());
        assertEquals(404, repB.post(path + steps.getJsonObject(0).getString("id") + "/preview", body).status());
        assertEquals(0, repA.get("/api/v1/contacts/" + contact + "/activities").array().size(), "nothing recorded");
    }

    @Test
    void aSequenceIsCopiedAsADraftWithStepsOfItsOwn() {
        JsonObject original = repA.post("/api/v1/sequences", sequence("Original", 3).toString()).json();
        ApiClient.Reply copied = repA.post("/api/v1/sequences/" + original.getString("id") + "/copy", "");
        assertEquals(201, copied.status(), copied.body());
        JsonObject copy = copied.json();
        assertEquals("Copy of Original", copy.getString("name"));
        assertEquals("DRAFT", copy.getString("status"));
        assertNotEquals(original.getString("id"), copy.getString("id"));
        assertEquals(3, copy.getJsonArray("steps").size());
        assertNotEquals(original.getJsonArray("steps").getJsonObject(0).getString("id"),
                copy.getJsonArray("steps").getJsonObject(0).getString("id"));
        assertEquals(original.getJsonArray("steps").getJsonObject(0).getJsonObject("email"),
                copy.getJsonArray("steps").getJsonObject(0).getJsonObject("email"));
        assertEquals(200, repA.get("/api/v1/sequences/" + copy.getString("id")).status());
        assertEquals(404, repB.post("/api/v1/sequences/" + original.getString("id") + "/copy", "").status());
    }

    @Test
    void stepsAreAddedRemovedAndMovedWithStableIds() {
        JsonObject created = repA.post("/api/v1/sequences", sequence("Steps", 3).toString()).json();
        JsonArray steps = created.getJsonArray("steps");
        JsonObject smsStep = Json.createObjectBuilder(step(4)).add("day", 9).build();
        // Keep the first two steps, drop the third, add a new SMS step.
        JsonObject edited = edit(created, definition -> definition.add("steps", Json.createArrayBuilder()
                .add(steps.getJsonObject(0)).add(steps.getJsonObject(1)).add(smsStep)));
        JsonObject updated = repA.put("/api/v1/sequences/" + created.getString("id"), edited.toString()).json();
        JsonArray now = updated.getJsonArray("steps");
        assertEquals(3, now.size());
        assertEquals(steps.getJsonObject(1).getString("id"), now.getJsonObject(1).getString("id"));
        assertNotEquals(steps.getJsonObject(2).getString("id"), now.getJsonObject(2).getString("id"));
        JsonObject latest = repA.get("/api/v1/sequences/" + created.getString("id") + "/versions").array()
                .getJsonObject(0);
        assertTrue(strings(latest.getJsonArray("changes")).containsAll(List.of("steps[2] added", "steps[2] removed")),
                latest.toString());
    }

    @Test
    void aStaleVersionIsAConflict() {
        JsonObject created = repA.post("/api/v1/sequences", sequence("Stale", 1).toString()).json();
        String id = created.getString("id");
        assertEquals(200, repA.put("/api/v1/sequences/" + id, edit(created, d -> d.add("name", "Fresh")).toString())
                .status());
        ApiClient.Reply stale = repA.put("/api/v1/sequences/" + id, edit(created, d -> d.add("name", "Stale edit"))
                .toString());
        assertProblem(stale, 409);
        assertEquals("Fresh", repA.get("/api/v1/sequences/" + id).json().getString("name"));
    }

    /** One case per validation rule: the mutation, and the field the problem must name. */
    @Test
    void eachValidationRuleNamesItsFieldAndStoresNothing() {
        JsonObject valid = sequence("Validation", 2);
        JsonArray steps = valid.getJsonArray("steps");
        List<Object[]> cases = new ArrayList<>();
        JsonArrayBuilder nine = Json.createArrayBuilder();
        for (int i = 0; i < 9; i++) {
            nine.add(condition("city", "EQUALS", Json.createValue("c" + i)));
        }
        cases.add(new Object[]{"9 conditions", stepEdit(steps, 0, s -> s.add("conditions", nine)), "steps[0].conditions"});
        cases.add(new Object[]{"unknown operator", stepEdit(steps, 0, s -> s.add("conditions", Json.createArrayBuilder()
                .add(condition("city", "LOOKS_LIKE", Json.createValue("x"))))), "steps[0].conditions[0].operator"});
        cases.add(new Object[]{"unknown field", stepEdit(steps, 1, s -> s.add("conditions", Json.createArrayBuilder()
                .add(condition("shoeSize", "EQUALS", Json.createValue("9"))))), "steps[1].conditions[0].field"});
        cases.add(new Object[]{"day 0", stepEdit(steps, 0, s -> s.add("day", 0)), "steps[0].day"});
        cases.add(new Object[]{"day 91", stepEdit(steps, 1, s -> s.add("day", 91)), "steps[1].day"});
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 26; i++) {
            many.add(Json.createObjectBuilder(step(4)).add("day", 1));
        }
        cases.add(new Object[]{"26 steps", (UnaryOperator<JsonObjectBuilder>) d -> d.add("steps", many), "steps"});
        cases.add(new Object[]{"smart without interval", (UnaryOperator<JsonObjectBuilder>) d -> d.add("type", "SMART")
                .add("steps", Json.createArrayBuilder()), "schedule.intervalDays"});
        cases.add(new Object[]{"unknown timezone", scheduleEdit(valid, s -> s.add("timezone", "Mars/Olympus")),
                "schedule.timezone"});
        cases.add(new Object[]{"bad time", scheduleEdit(valid, s -> s.add("time", "25:61")), "schedule.time"});
        cases.add(new Object[]{"email without subject", stepEdit(steps, 0, s -> s.add("email",
                Json.createObjectBuilder(steps.getJsonObject(0).getJsonObject("email")).remove("subject"))),
                "steps[0].email.subject"});
        cases.add(new Object[]{"email without body", stepEdit(steps, 1, s -> s.add("email",
                Json.createObjectBuilder(steps.getJsonObject(1).getJsonObject("email")).add("body", " "))),
                "steps[1].email.body"});
        cases.add(new Object[]{"template that does not parse", stepEdit(steps, 0, s -> s.add("email",
                Json.createObjectBuilder(steps.getJsonObject(0).getJsonObject("email"))
                        .add("body", "Hello\n#foreach($x in $list)\nno end"))), "steps[0].email.body"});
        cases.add(new Object[]{"reply on the first email", stepEdit(steps, 0, s -> s.add("email",
                Json.createObjectBuilder(steps.getJsonObject(0).getJsonObject("email"))
                        .add("threading", "REPLY_TO_PREVIOUS"))), "steps[0].email.threading"});
        cases.add(new Object[]{"malformed address", stepEdit(steps, 0, s -> s.add("email",
                Json.createObjectBuilder(steps.getJsonObject(0).getJsonObject("email"))
                        .add("cc", Json.createArrayBuilder().add("not an address")))), "steps[0].email.cc[0]"});

        long before = count(repA);
        for (Object[] rule : cases) {
            @SuppressWarnings("unchecked")
            JsonObject invalid = edit(valid, (UnaryOperator<JsonObjectBuilder>) rule[1]);
            ApiClient.Reply reply = repA.post("/api/v1/sequences", invalid.toString());
            assertProblem(reply, 400);
            List<String> fields = reply.json().getJsonArray("errors").stream()
                    .map(error -> ((JsonObject) error).getString("field")).toList();
            assertTrue(fields.contains((String) rule[2]), rule[0] + ": " + reply.body());
            if ("template that does not parse".equals(rule[0])) {
                String message = reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
                assertTrue(message.matches("line 3, column \\d+: .*"), message);
            }
        }
        assertEquals(before, count(repA), "no invalid sequence was stored");

        JsonObject stored = repA.post("/api/v1/sequences", valid.toString()).json();
        JsonObject broken = edit(stored, d -> d.add("schedule", Json.createObjectBuilder(stored.getJsonObject("schedule"))
                .add("timezone", "Nowhere/Else")).add("name", "Changed"));
        assertProblem(repA.put("/api/v1/sequences/" + stored.getString("id"), broken.toString()), 400);
        JsonObject after = repA.get("/api/v1/sequences/" + stored.getString("id")).json();
        assertEquals(stored, after, "an invalid edit leaves the sequence as it was");
    }

    @Test
    void aRepNeverSeesAnotherRepsSequenceButAnAdminDoes() {
        JsonObject own = repA.post("/api/v1/sequences", sequence("Rep A only", 1).toString()).json();
        String id = own.getString("id");
        String path = "/api/v1/sequences/" + id;

        assertProblem(repB.get(path), 404);
        assertProblem(repB.put(path, own.toString()), 404);
        assertProblem(repB.delete(path), 404);
        assertProblem(repB.get(path + "/versions"), 404);
        assertProblem(repB.get(path + "/enrollments"), 404);
        assertProblem(repB.post(path + "/enrollments", "{\"recordType\":\"CONTACT\",\"ids\":[\"c1\"]}"), 404);
        assertProblem(repB.post(path + "/runs", ""), 404);
        ApiClient.Reply listB = repB.get("/api/v1/sequences?size=500");
        assertFalse(ids(listB.array()).contains(id));
        assertEquals(String.valueOf(listB.array().size()), listB.header("X-Total-Count"));

        assertTrue(ids(repA.get("/api/v1/sequences?size=500").array()).contains(id));
        assertEquals(200, admin.get(path).status());
        assertTrue(ids(admin.get("/api/v1/sequences?size=500").array()).contains(id));
        ApiClient.Reply adminEdit = admin.put(path, edit(own, d -> d.add("name", "Renamed by admin")).toString());
        assertEquals(200, adminEdit.status(), adminEdit.body());
        assertEquals("definitions-rep-a", adminEdit.json().getString("ownerId"));

        assertEquals(204, repA.delete(path).status());
        assertProblem(repA.get(path), 404);
        assertProblem(admin.get(path), 404);
    }

    @Test
    void thePerUserLimitRefusesTheSequenceThatGoesOver() {
        ApiClient limited = repA.as(Tokens.rep("definitions-limited"));
        String body = sequence("Limit", 0).toString();
        for (int i = 0; i < 25; i++) {
            assertEquals(201, limited.post("/api/v1/sequences", body).status());
        }
        ApiClient.Reply over = limited.post("/api/v1/sequences", body);
        assertProblem(over, 409);
        assertTrue(over.json().getString("detail").contains("25"), over.body());
        assertEquals("25", limited.get("/api/v1/sequences").header("X-Total-Count"));

        String first = limited.get("/api/v1/sequences?size=1").array().getJsonObject(0).getString("id");
        assertEquals(204, limited.delete("/api/v1/sequences/" + first).status());
        assertEquals(201, limited.post("/api/v1/sequences", body).status(), "deleting one makes room again");
    }

    @Test
    void contactsAreEnrolledByHandPausedResumedAndRemoved() {
        ApiClient.Reply contacts = admin.post("/api/v1/host/contacts", """
                [{"email":"enroll.one@example.com","firstName":"One","lastName":"E"},
                 {"email":"enroll.two@example.com","firstName":"Two","lastName":"E"},
                 {"email":"ENROLL.ONE@example.com","firstName":"Twin","lastName":"E"}]""");
        assertEquals(201, contacts.status(), contacts.body());
        List<String> contactIds = ids(contacts.array());
        JsonObject sequence = repA.post("/api/v1/sequences", edit(sequence("Enrollment", 1), d -> d.add("audience",
                Json.createObjectBuilder().add("recordType", "CONTACT").add("preventDuplicateEmails", true))).toString())
                .json();
        String path = "/api/v1/sequences/" + sequence.getString("id");

        ApiClient.Reply unknown = repA.post(path + "/enrollments",
                "{\"recordType\":\"CONTACT\",\"ids\":[\"" + contactIds.get(0) + "\",\"no-such-contact\"]}");
        assertProblem(unknown, 400);
        assertEquals("ids[1]", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("0", repA.get(path + "/enrollments").header("X-Total-Count"), "nothing enrolled on a bad id");

        ApiClient.Reply enrolled = repA.post(path + "/enrollments", Json.createObjectBuilder()
                .add("recordType", "CONTACT").add("ids", Json.createArrayBuilder(contactIds)).build().toString());
        assertEquals(201, enrolled.status(), enrolled.body());
        assertEquals(2, enrolled.json().getInt("enrolled"));
        assertEquals(1, enrolled.json().getInt("skipped"));
        assertEquals("DUPLICATE_EMAIL", enrolled.json().getJsonArray("skips").getJsonObject(0).getString("reason"));

        ApiClient.Reply again = repA.post(path + "/enrollments",
                "{\"recordType\":\"CONTACT\",\"ids\":[\"" + contactIds.get(1) + "\"]}");
        assertEquals("ALREADY_ENROLLED", again.json().getJsonArray("skips").getJsonObject(0).getString("reason"));

        JsonArray list = repA.get(path + "/enrollments?status=ACTIVE").array();
        assertEquals(2, list.size());
        // Both were enrolled at the same instant of the adjustable clock: their order is the ids', which is random.
        JsonObject first = list.getValuesAs(JsonObject.class).stream()
                .filter(enrollment -> contactIds.get(0).equals(enrollment.getString("contactId"))).findFirst()
                .orElseThrow();
        String enrollmentId = first.getString("id");
        assertEquals(JsonValue.NULL, first.get("exitReason"));

        assertEquals("PAUSED", repA.post("/api/v1/enrollments/" + enrollmentId + "/pause", "").json().getString("status"));
        assertProblem(repA.post("/api/v1/enrollments/" + enrollmentId + "/pause", ""), 409);
        assertProblem(repB.post("/api/v1/enrollments/" + enrollmentId + "/resume", ""), 404);
        assertEquals("ACTIVE", repA.post("/api/v1/enrollments/" + enrollmentId + "/resume", "").json().getString("status"));
        JsonObject removed = repA.delete("/api/v1/enrollments/" + enrollmentId).json();
        assertEquals("EXITED", removed.getString("status"));
        assertEquals("REMOVED", removed.getString("exitReason"));
        assertEquals(1, repA.get(path + "/enrollments?status=EXITED").array().size());

        JsonArray ofContact = repA.get("/api/v1/contacts/" + contactIds.get(0) + "/enrollments").array();
        assertEquals(1, ofContact.size());
        assertEquals("Enrollment", ofContact.getJsonObject(0).getString("sequenceName"));
        assertEquals(0, repB.get("/api/v1/contacts/" + contactIds.get(0) + "/enrollments").array().size());
    }

    @Test
    void aStepCannotSendAsSomeoneElse() {
        for (String field : List.of("from", "replyTo")) {
            JsonObject foreign = edit(sequence("Foreign " + field, 1), d -> d.add("steps", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder(step(0)).add("email", Json.createObjectBuilder(
                            step(0).getJsonObject("email")).add(field, "ceo@bank.example")))));
            long before = count(repA);
            ApiClient.Reply refused = repA.post("/api/v1/sequences", foreign.toString());
            assertProblem(refused, 400);
            assertEquals("steps[0].email." + field, refused.json().getJsonArray("errors").getJsonObject(0)
                    .getString("field"), refused.body());
            assertEquals(before, count(repA), "nothing was stored");
        }
        ApiClient.Reply otherRep = repB.post("/api/v1/sequences", sequence("Rep B as rep A", 1).toString());
        assertProblem(otherRep, 400);
        assertEquals("steps[0].email.from", otherRep.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"), "rep A's address is not rep B's");
    }

    @Test
    void aRepReadsAndEnrollsOnlyContactsTheyOwnOrThatHaveNoOwner() {
        List<String> contactIds = ids(admin.post("/api/v1/host/contacts", """
                [{"email":"owned.a@example.com","firstName":"Mine","ownerId":"definitions-rep-a"},
                 {"email":"owned.b@example.com","firstName":"Theirs","ownerId":"definitions-rep-b"},
                 {"email":"owned.none@example.com","firstName":"Nobodys"}]""").array());
        String mine = contactIds.get(0);
        String theirs = contactIds.get(1);
        for (String read : List.of("/fields", "/enrollments", "/activities")) {
            assertProblem(repA.get("/api/v1/contacts/" + theirs + read), 404);
            assertEquals(200, repB.get("/api/v1/contacts/" + theirs + read).status(), read);
            assertEquals(200, admin.get("/api/v1/contacts/" + theirs + read).status(), read);
            assertEquals(200, repA.get("/api/v1/contacts/" + mine + read).status(), read);
            assertEquals(200, repA.get("/api/v1/contacts/" + contactIds.get(2) + read).status(), read);
        }
        String path = "/api/v1/sequences/" + repA.post("/api/v1/sequences", sequence("Owned only", 1).toString())
                .json().getString("id") + "/enrollments";
        ApiClient.Reply refused = repA.post(path, Json.createObjectBuilder().add("recordType", "CONTACT")
                .add("ids", Json.createArrayBuilder(contactIds)).build().toString());
        assertProblem(refused, 400);
        assertEquals("ids[1]", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("0", repA.get(path).header("X-Total-Count"), "nothing enrolled");
        ApiClient.Reply byAdmin = admin.post(path, "{\"recordType\":\"CONTACT\",\"ids\":[\"" + theirs + "\"]}");
        assertEquals(201, byAdmin.status(), byAdmin.body());
    }

    @Test
    void anExclusiveSequenceDoesNotTakeAContactActiveInAnotherOne() {
        String contactId = ids(admin.post("/api/v1/host/contacts",
                "[{\"email\":\"exclusive@example.com\",\"firstName\":\"Ex\"}]").array()).get(0);
        String first = repA.post("/api/v1/sequences", sequence("Exclusive one", 1).toString()).json().getString("id");
        String second = repA.post("/api/v1/sequences", sequence("Exclusive two", 1).toString()).json().getString("id");
        String body = "{\"recordType\":\"CONTACT\",\"ids\":[\"" + contactId + "\"]}";
        assertEquals(1, repA.post("/api/v1/sequences/" + first + "/enrollments", body).json().getInt("enrolled"));
        JsonObject refused = repA.post("/api/v1/sequences/" + second + "/enrollments", body).json();
        assertEquals(0, refused.getInt("enrolled"));
        assertEquals("IN_EXCLUSIVE_SEQUENCE", refused.getJsonArray("skips").getJsonObject(0).getString("reason"));
    }

    private static UnaryOperator<JsonObjectBuilder> stepEdit(JsonArray steps, int index,
                                                             UnaryOperator<JsonObjectBuilder> change) {
        return definition -> definition.add("steps", Json.createArrayBuilder(steps).set(index,
                change.apply(Json.createObjectBuilder(steps.getJsonObject(index))).build()));
    }

    private static UnaryOperator<JsonObjectBuilder> scheduleEdit(JsonObject sequence,
                                                                 UnaryOperator<JsonObjectBuilder> change) {
        return definition -> definition.add("schedule",
                change.apply(Json.createObjectBuilder(sequence.getJsonObject("schedule"))));
    }

    private static JsonObject edit(JsonObject sequence, UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder(sequence)).build();
    }

    /**
     * Every field sent comes back unchanged; the server only adds its own fields (and writes settings that do not
     * apply to a step as null, which the contract treats as absent).
     */
    private static void assertSameDefinition(JsonObject sent, JsonObject echoed) {
        Set<String> serverFields = Set.of("id", "ownerId", "version", "createdAt", "updatedAt", "nextRunAt", "position");
        assertEquals(strip(sent, serverFields), strip(echoed, serverFields));
    }

    private static JsonValue strip(JsonValue value, Set<String> fields) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            object.forEach((key, item) -> {
                if (!fields.contains(key) && item.getValueType() != JsonValue.ValueType.NULL) {
                    builder.add(key, strip(item, fields));
                }
            });
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(item -> builder.add(strip(item, fields)));
            return builder.build();
        }
        // Numbers compare by value: 10 and 10.0 are the same condition value.
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            return Json.createReader(new StringReader("[" + value + "]")).readArray().get(0);
        }
        return value;
    }

    private static List<String> ids(JsonArray items) {
        return items.stream().map(item -> ((JsonObject) item).getString("id")).toList();
    }

    private static List<String> strings(JsonArray items) {
        return items.getValuesAs(JsonString::getString);
    }

    private static long count(ApiClient client) {
        return Long.parseLong(client.get("/api/v1/sequences?size=1").header("X-Total-Count"));
    }

    private static void assertProblem(ApiClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }
}
