package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The widgets in headless Chromium, embedded in the demo CRM page of the real WAR: a classic sequence built in
 * the builder (a validation error shown next to its field, then fixed), a contact enrolled from the contact panel,
 * the sequence run and its step in the timeline, reminders filtered and an edited email reminder sent (GreenMail
 * receives the edit), and the metrics chart. The contact is named {@code <img src=x onerror=alert(1)>}: it must
 * render as text everywhere. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
class WidgetsIT {

    static final String XSS = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final GreenMailExtension MAIL = ItMail.server();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private String page(String token, String fragment) {
        // A new query string each time, so that the browser loads the page afresh instead of only changing its fragment.
        return base.toString().replaceAll("/$", "") + "/demo/?load=" + System.nanoTime() + "#token=" + token + fragment;
    }

    @Test
    void buildEnrollRunRemindAndMeasure() {
        String repId = "widget-rep";
        String repToken = Tokens.rep(repId);
        ApiClient admin = new ApiClient(base, Tokens.admin("widget-admin"));
        ApiClient rep = admin.as(repToken);
        Scenario s = new Scenario(admin, rep, "widgets");
        s.clock("2027-03-01T07:00:00Z");
        String contact = s.contact("xss@example.com", XSS, "Berlin", null);
        String viewId = s.contactView();

        String sequenceId = buildSequence(repToken, rep, viewId, contact);
        enrollFromPanel(repToken, s, sequenceId, contact);

        // Monday 09:00 Berlin: day 1 sends the email; Tuesday: day 2 creates the email reminder.
        s.scheduledRun(sequenceId, "2027-03-01T08:00:00Z");
        ItMail.messageIdsByRecipient(MAIL, 1, "xss@example.com");
        s.scheduledRun(sequenceId, "2027-03-02T08:00:00Z");
        timelineShowsTheSteps(repToken, rep, contact);

        sendEditedReminder(repToken, sequenceId);
        readMetrics(repToken, sequenceId);
        pickByNameAndRemoveWithConfirmation(repToken, s, sequenceId, contact);
    }

    /**
     * The acceptance walk of a newcomer's first hour, on a server started as the README says: {@code run.sh} on a fresh
     * data directory (embedded default, dev mode, no mail server, the demo data and its story). As admin and as rep
     * every page shows demo data, with no page error and no failed request; the rep builds a sequence in the builder,
     * previews it, activates and runs it; its emails are in the demo mailbox within seconds and {@code SENT} in the
     * timeline; a tracked link clicked in the mailbox is counted in the metrics; the server logged nothing SEVERE.
     */
    @Test
    void aNewcomersFirstHourFromAFreshRunSh() throws Exception {
        Path work = RunShServer.workDirectory("widgets-newcomer");
        RunShServer.deleteRecursively(work);
        Map<String, String> env = new HashMap<>();
        env.put("SEQUENCES_DEV_MODE", "true");
        env.put("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        // This build's port range: the ITs' mail ports sit at its base + 25 and + 143.
        int port = ItMail.SMTP_PORT - 25 + 500;
        RunShServer server = RunShServer.start("newcomer", work.resolve("data"), port, env);
        try {
            server.awaitHealthy();
            server.awaitOutput("Stop with Ctrl+C.", Duration.ofMinutes(1));
            String adminToken = printedToken(server.output(), "admin (demo-admin):");
            String repToken = printedToken(server.output(), "rep   (demo-rep):");
            await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> server.log().contains("SEQ-1004") || server.log().contains("SEQ-1005"));
            assertTrue(server.log().contains("SEQ-1004"), server.warnings());
            String demo = "http://localhost:" + port + "/demo/";
            ApiClient admin = server.client(adminToken);
            ApiClient rep = server.client(repToken);
            everyPageShowsDemoData(demo, adminToken, admin, true);
            everyPageShowsDemoData(demo, repToken, rep, false);

            String sequenceId = buildPreviewActivateAndRun(demo, repToken, rep, port);
            JsonObject enrollment = rep.get("/api/v1/sequences/" + sequenceId + "/enrollments?size=1").array()
                    .getJsonObject(0);
            String to = admin.get("/api/v1/host/contacts/" + enrollment.getString("contactId")).json().getString("email");
            browser.open(demoPage(demo, adminToken, "&page=mailbox"));
            // Refreshed until the email is listed (read in one script: a refresh redraws the list under the reader).
            String emailId = browser.until(d -> {
                browser.page("#mailbox-refresh").click();
                return (String) browser.script("const found = [...document.querySelectorAll('#mailbox-list "
                        + ".mailbox-item')].find((b) => b.textContent.startsWith('Welcome, ') "
                        + "&& b.textContent.endsWith('to ' + arguments[0])); return found ? found.dataset.emailId : null;",
                        to);
            });
            browser.open(demoPage(demo, adminToken, "&page=mailbox"));
            browser.page("#mailbox-list [data-email-id='" + emailId + "']").click();
            browser.until(d -> !browser.page("#mailbox-view").isDisplayed() ? null : Boolean.TRUE);
            browser.screenshotPage("newcomer-mailbox");
            browser.driver.switchTo().frame(browser.page("#mailbox-html"));
            browser.until(d -> d.findElement(By.linkText("have a look"))).click();
            browser.driver.switchTo().defaultContent();
            await().atMost(Duration.ofSeconds(20)).until(() -> rep.get("/api/v1/sequences/" + sequenceId + "/metrics")
                    .json().getJsonArray("steps").getJsonObject(0).getInt("clicked") == 1);

            browser.open(demoPage(demo, repToken, "&contact=" + enrollment.getString("contactId")));
            assertTrue(browser.in("seq-contact-panel", ".delivery[data-delivery=SENT]").getText()
                    .startsWith("Email sent"));
            browser.open(demoPage(demo, repToken, "&page=admin"));
            browser.in("seq-sequence-list", "tr[data-sequence-id='" + sequenceId + "'] [data-action=edit]").click();
            assertEquals("1", browser.in("seq-sequence-metrics", "tr[data-position='1'] [data-metric=clicked]").getText());
            assertEquals(List.of(), browser.pageErrors());
            List<String> severe = server.log().lines().filter(line -> line.contains("SEVERE")).toList();
            assertEquals(List.of(), severe, "no SEVERE entry in the server log");
        } finally {
            server.stop();
        }
    }

    private String demoPage(String demo, String token, String fragment) {
        return demo + "?load=" + System.nanoTime() + "#token=" + token + fragment;
    }

    private static String printedToken(String output, String label) {
        return output.lines().filter(line -> line.strip().startsWith(label)).findFirst()
                .map(line -> line.substring(line.indexOf(label) + label.length()).strip())
                .orElseThrow(() -> new AssertionError("run.sh printed no " + label + " token:\n" + output));
    }

    /** Each page of the demo shows what the story left: a contact's sequences and timeline, reminders, sequences, metrics, mail. */
    private void everyPageShowsDemoData(String demo, String token, ApiClient api, boolean asAdmin) {
        JsonArray sequences = api.get("/api/v1/sequences").array();
        assertEquals(asAdmin ? 3 : 2, sequences.size(), sequences.toString());
        String classic = sequences.stream().map(JsonObject.class::cast)
                .filter(q -> "Hot leads: classic outreach".equals(q.getString("name"))).findFirst()
                .orElseThrow().getString("id");
        String contact = api.get("/api/v1/sequences/" + classic + "/enrollments?size=1").array().getJsonObject(0)
                .getString("contactId");
        browser.open(demoPage(demo, token, "&contact=" + contact));
        browser.in("seq-contact-panel", "tr[data-enrollment-id]");
        browser.until(d -> !browser.all("seq-contact-panel", "li.timeline-item").isEmpty());

        browser.open(demoPage(demo, token, "&page=dashboard"));
        browser.until(d -> !browser.all("seq-reminders", "tr[data-reminder-id]").isEmpty());
        browser.screenshot("seq-reminders", "newcomer-reminders-" + (asAdmin ? "admin" : "rep"));

        browser.open(demoPage(demo, token, "&page=admin"));
        browser.until(d -> browser.all("seq-sequence-list", "tr[data-sequence-id]").size() == sequences.size());
        browser.in("seq-sequence-list", "tr[data-sequence-id='" + classic + "'] [data-action=edit]").click();
        browser.until(d -> Integer.parseInt(browser.in("seq-sequence-metrics", "[data-count=enrolled] strong")
                .getText()) > 0);
        browser.screenshot("seq-sequence-metrics", "newcomer-metrics-" + (asAdmin ? "admin" : "rep"));

        browser.open(demoPage(demo, token, "&page=settings"));
        browser.in("seq-mailbox-settings", "form.mailbox");
        if (asAdmin) {
            browser.open(demoPage(demo, token, "&page=mailbox"));
            browser.until(d -> !d.findElements(By.cssSelector("#mailbox-list .mailbox-item")).isEmpty());
        } else {
            assertTrue(browser.page("#nav-mailbox").getAttribute("hidden") != null, "the demo mailbox is the admin's");
        }
        assertEquals(List.of(), browser.pageErrors(), "no page error and no failed request as "
                + (asAdmin ? "admin" : "rep"));
    }

    /** The rep's own first sequence: built, previewed, activated and run from the widgets. */
    private String buildPreviewActivateAndRun(String demo, String token, ApiClient rep, int port) {
        browser.open(demoPage(demo, token, "&page=admin"));
        String list = "seq-sequence-list";
        String builder = "seq-sequence-builder";
        browser.in(list, "[data-action=create]").click();
        Browser.type(browser.in(builder, "[data-field='name']"), "My first sequence");
        Browser.type(browser.in(builder, "[data-field='schedule.timezone']"), "Europe/Berlin");
        browser.in(builder, "fieldset[data-field='audience.conditions'] [data-action=add-condition]").click();
        Browser.type(browser.in(builder, "[data-field='audience.conditions[0].field']"), "firstName");
        Browser.type(browser.in(builder, "[data-field='audience.conditions[0].value']"), "Ada");
        new Select(browser.in(builder, "#new-step-type")).selectByValue("EMAIL");
        browser.in(builder, "[data-action=add-step]").click();
        WebElement subject = browser.in(builder, "[data-field='steps[0].email.subject']");
        Browser.type(subject, "Welcome, ");
        new Select(browser.in(builder, "fieldset.step[data-step='0'] [data-action=insert-placeholder]"))
                .selectByValue("contact.firstName");
        browser.in(builder, "fieldset.step[data-step='0'] [data-action=edit-html]").click();
        Browser.type(browser.in(builder, "textarea[data-field='steps[0].email.body']"),
                "<p>Hello $!{contact.firstName}, <a href=\"http://localhost:" + port + "/demo/\">have a look</a>.</p>");
        browser.in(builder, "[data-action=save]").click();
        browser.until(d -> browser.in(builder, ".status").getText().startsWith("Saved"));

        WebElement previewFor = browser.in(builder, "input[data-field=previewContact]");
        browser.pickContact(previewFor, "Ada", "Ada ");
        browser.in(builder, "[data-action=preview]").click();
        assertTrue(browser.in(builder, ".preview-subject").getText().startsWith("Subject: Welcome, Ada"),
                browser.in(builder, ".preview-subject").getText());
        browser.in(builder, "[data-action=activate]").click();
        browser.until(d -> browser.in(builder, ".status").getText().contains("(active)"));
        String id = rep.get("/api/v1/sequences").array().stream().map(JsonObject.class::cast)
                .filter(q -> "My first sequence".equals(q.getString("name"))).findFirst().orElseThrow().getString("id");

        browser.until(d -> !browser.all(list, "tr[data-sequence-id='" + id + "'] [data-action=run]").isEmpty());
        browser.in(list, "tr[data-sequence-id='" + id + "'] [data-action=run]").click();
        browser.until(d -> browser.in(list, ".status").getText().contains("run finished"));
        browser.screenshot(list, "newcomer-sequence-list");
        return id;
    }

    /**
     * A host page may load a widget's module a second time (another bundle, a cache-busting query string): the module
     * runs again, and each widget still has its one element definition and the page's script goes on.
     */
    @Test
    void aWidgetModuleLoadedTwiceKeepsItsOneDefinition() {
        browser.open(page(Tokens.rep("twice-rep"), ""));
        Object loaded = browser.runAsync("""
                const done = arguments[arguments.length - 1];
                const tags = ['seq-contact-panel', 'seq-reminders', 'seq-sequence-list', 'seq-sequence-builder',
                              'seq-sequence-metrics'];
                Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
                    .then(() => Promise.all(tags.map((tag) => import('/widgets/' + tag + '.js?again=' + Date.now())
                        .then(() => tag + '=' + (customElements.get(tag) !== undefined)))))
                    .then((all) => done(all.join(',')), (e) => done('failed: ' + e));""");
        assertEquals("seq-contact-panel=true,seq-reminders=true,seq-sequence-list=true,seq-sequence-builder=true,"
                + "seq-sequence-metrics=true", loaded);
    }

    /**
     * The demo's picker shows people, not ids: the contact chosen before by its name and e-mail, others found by name;
     * removing a contact from a sequence asks first, in the widget, and only the confirming button removes.
     */
    private void pickByNameAndRemoveWithConfirmation(String token, Scenario s, String sequenceId, String contact) {
        browser.open(page(token, "&contact=" + contact));
        assertTrue(browser.page("#nav-mailbox").getAttribute("hidden") != null, "no mailbox tab where mail is sent");
        WebElement search = browser.page("#contact-search");
        assertEquals(XSS + " Tester <xss@example.com>", browser.until(d -> {
            String shown = search.getAttribute("value");
            return shown.isEmpty() ? null : shown;
        }), "the contact chosen before shows by name and e-mail");
        assertEquals(XSS + " Tester <xss@example.com>", browser.pickContact(search, "Test", "Tester"));
        browser.until(d -> contact.equals(search.getAttribute("data-contact-id"))); // the id is only the value
        assertFalse(search.getAttribute("value").contains(contact), "the field never shows the id");
        String panel = "seq-contact-panel";
        browser.in(panel, "tr[data-enrollment-id] [data-action=remove]").click();
        browser.answerConfirm(panel, "Remove this contact from Widget outreach", false);
        assertEquals("ACTIVE", s.enrollmentOf(sequenceId, contact).getString("status"), "cancelled: still enrolled");
        browser.in(panel, "tr[data-enrollment-id] [data-action=remove]").click();
        browser.answerConfirm(panel, "Remove this contact from Widget outreach", true);
        await().atMost(Duration.ofSeconds(10)).until(() -> "REMOVED".equals(
                s.enrollmentOf(sequenceId, contact).getString("exitReason", "")));
    }

    /**
     * The builder's placeholder picker offers what templates really read: each one, inserted into the subject and the
     * body, renders the contact's, account's and sender's values in the preview. A stored body with hostile markup
     * opens in the editor as harmless text and formatting, and stays as it was in the HTML view.
     */
    @Test
    void placeholdersRenderTheirValuesAndTheEditorDisarmsMarkup() {
        String repToken = Tokens.rep("placeholder-rep");
        ApiClient admin = new ApiClient(base, Tokens.admin("widget-admin"));
        ApiClient rep = admin.as(repToken);
        assertEquals(200, rep.put("/api/v1/me/mailbox", "{\"fromName\":\"Rita Rep\",\"fromAddress\":"
                + "\"rita@reps.example\",\"signature\":\"<p>Rita's signature</p>\"}").status());
        String account = admin.post("/api/v1/host/accounts", "[{\"name\":\"Placeholder Works\","
                + "\"domain\":\"placeholder-works.example\"}]").array().getJsonObject(0).getString("id");
        ApiClient.Reply created = admin.post("/api/v1/host/contacts", "[{\"email\":\"pia@placeholder-works.example\","
                + "\"firstName\":\"Pia\",\"lastName\":\"Placeholder\",\"jobTitle\":\"Chief Tester\",\"city\":\"Graz\","
                + "\"country\":\"Austria\",\"ownerId\":\"placeholder-rep\",\"accountId\":\"" + account + "\"}]");
        assertEquals(201, created.status(), created.body());
        String hostile = "<p onclick=\"alert(2)\">Hi <b>there</b></p><img src=x onerror=alert(1)><script>alert(3)</script>"
                + "<a href=\"javascript:alert(4)\">bad link</a>";
        JsonObject sequence = rep.post("/api/v1/sequences", "{\"name\":\"Placeholders\",\"type\":\"CLASSIC\","
                + "\"status\":\"DRAFT\",\"schedule\":{\"time\":\"09:00\",\"timezone\":\"UTC\"},\"steps\":[{\"type\":"
                + "\"EMAIL\",\"day\":1,\"email\":{\"subject\":\"About \",\"body\":" + jakarta.json.Json.createValue(hostile)
                + "}}]}").json();

        browser.open(page(repToken, "&page=admin"));
        String builder = "seq-sequence-builder";
        browser.in("seq-sequence-list", "tr[data-sequence-id='" + sequence.getString("id") + "'] [data-action=edit]")
                .click();
        WebElement body = browser.in(builder, "[data-field='steps[0].email.body']");
        assertEquals("Hi there\nbad link", body.getText().replace("\u00a0", " ").strip());
        browser.assertNoInjectedMarkup();
        assertEquals(0L, browser.script("return document.querySelector('seq-sequence-builder').shadowRoot"
                + ".querySelectorAll('.rich-text [onclick], .rich-text script, .rich-text a[href^=javascript]').length"));
        browser.in(builder, "fieldset.step[data-step='0'] [data-action=edit-html]").click();
        assertEquals(hostile, browser.in(builder, "textarea[data-field='steps[0].email.body']").getAttribute("value"),
                "the HTML view shows the body as stored");

        // Each placeholder the picker offers, into the body; the first name into the subject too.
        WebElement html = browser.in(builder, "textarea[data-field='steps[0].email.body']");
        Browser.type(html, "Values:");
        Select picker = new Select(browser.in(builder, "fieldset.step[data-step='0'] [data-action=insert-placeholder]"));
        java.util.List<String> names = picker.getOptions().stream().map(o -> o.getAttribute("value"))
                .filter(v -> !v.isEmpty()).toList();
        assertEquals(11, names.size(), names.toString());
        for (String name : names) {
            html.sendKeys(" ");
            new Select(browser.in(builder, "fieldset.step[data-step='0'] [data-action=insert-placeholder]"))
                    .selectByValue(name);
            html = browser.in(builder, "textarea[data-field='steps[0].email.body']");
        }
        WebElement subject = browser.in(builder, "[data-field='steps[0].email.subject']");
        subject.click();
        subject.sendKeys(org.openqa.selenium.Keys.END);
        new Select(browser.in(builder, "fieldset.step[data-step='0'] [data-action=insert-placeholder]"))
                .selectByValue("contact.firstName");
        assertEquals("About $!{contact.firstName}", subject.getAttribute("value"));
        browser.in(builder, "[data-action=save]").click();
        browser.until(d -> browser.in(builder, ".status").getText().startsWith("Saved"));

        WebElement previewFor = browser.in(builder, "input[data-field=previewContact]");
        browser.pickContact(previewFor, "Pia", "pia@placeholder-works.example");
        browser.in(builder, "[data-action=preview]").click();
        assertEquals("Subject: About Pia", browser.in(builder, ".preview-subject").getText());
        String text = browser.in(builder, ".preview-text").getText();
        for (String value : new String[] {"Pia", "Placeholder", "pia@placeholder-works.example", "Chief Tester", "Graz",
                "Austria", "Placeholder Works", "placeholder-works.example", "Rita Rep", "rita@reps.example",
                "Rita's signature"}) {
            assertTrue(text.contains(value), value + " is rendered: " + text);
        }
        assertFalse(text.contains("${"), text);
        browser.screenshot(builder, "sequence-builder-placeholders");
    }

    /** A rep connects their mailbox: a bad field is named in words, and a saved password is never shown again. */
    @Test
    void aRepConnectsTheirMailboxAndItsPasswordIsNeverShown() {
        String token = Tokens.rep("widget-mailbox-rep");
        ApiClient rep = new ApiClient(base, token);
        browser.open(page(token, "&page=settings"));
        String widget = "seq-mailbox-settings";
        Browser.type(browser.in(widget, "[data-field='fromAddress']"), "not an address");
        browser.in(widget, "[data-action=save]").click();
        WebElement error = browser.in(widget, ".field-error[data-error-for='fromAddress']");
        assertFalse(error.getText().isBlank(), "the error says what is wrong");
        assertEquals("true", browser.in(widget, "[data-field='fromAddress']").getAttribute("aria-invalid"));

        Browser.type(browser.in(widget, "[data-field='fromAddress']"), "widget-mailbox-rep@reps.example");
        Browser.type(browser.in(widget, "[data-field='smtp.host']"), "127.0.0.1");
        Browser.type(browser.in(widget, "[data-field='smtp.port']"), String.valueOf(ItMail.SMTP_PORT));
        Browser.type(browser.in(widget, "[data-field='smtp.username']"), "widget-mailbox-rep@reps.example");
        Browser.type(browser.in(widget, "[data-field='smtp.password']"), "pw-never-shown");
        browser.in(widget, "[data-field='smtp.starttls']").click();
        browser.in(widget, "[data-action=save]").click();
        browser.until(d -> browser.in(widget, ".status").getText().startsWith("Mailbox saved"));

        JsonObject saved = rep.get("/api/v1/me/mailbox").json();
        assertEquals("127.0.0.1", saved.getJsonObject("smtp").getString("host"));
        assertTrue(saved.getJsonObject("smtp").getBoolean("passwordSet"));
        assertEquals("", browser.in(widget, "[data-field='smtp.password']").getAttribute("value"));
        assertFalse(String.valueOf(browser.script("return document.querySelector(arguments[0]).shadowRoot.innerHTML",
                widget)).contains("pw-never-shown"), "the password is not in the page");
        assertTrue(String.valueOf(browser.script("return document.querySelector(arguments[0]).shadowRoot.textContent",
                widget)).contains("A password is stored"));
        browser.screenshot(widget, "mailbox-settings");

        // The connection checked (GreenMail takes the login), and a test email sent to the rep through it.
        MAIL.setUser("widget-mailbox-rep@reps.example", "widget-mailbox-rep@reps.example", "pw-never-shown");
        browser.in(widget, "[data-action=check]").click();
        WebElement smtp;
        try {
            smtp = browser.in(widget, ".check-result[data-server=smtp]");
        } catch (RuntimeException e) {
            throw new AssertionError("no check result; the widget shows: " + browser.script(
                    "return document.querySelector('seq-mailbox-settings').shadowRoot.textContent"), e);
        }
        assertEquals("true", smtp.getAttribute("data-ok"), smtp.getText());
        assertTrue(smtp.getText().contains("connected"), smtp.getText());
        browser.in(widget, "[data-action=test-email]").click();
        browser.until(d -> browser.in(widget, ".status").getText().startsWith("Test email sent to "
                + "widget-mailbox-rep@example.com"));
        await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(MAIL.getReceivedMessages())
                .anyMatch(m -> subjectOf(m).equals("[Test] Your mailbox works")));
        assertFalse(String.valueOf(browser.script("return document.querySelector(arguments[0]).shadowRoot.innerHTML",
                widget)).contains("pw-never-shown"), "the password is not in the page after a check either");
    }

    /**
     * A mailbox whose server cannot be reached: the check says so in words; after three emails failed through it in
     * a row, its owner sees it flagged, in the widget and in the API.
     */
    @Test
    void aMailboxThatKeepsFailingSaysWhyAndIsFlaggedToItsOwner() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String token = Tokens.rep("failing-mailbox-rep");
        ApiClient admin = new ApiClient(base, Tokens.admin("widget-admin"));
        ApiClient rep = admin.as(token);
        assertEquals(200, rep.put("/api/v1/me/mailbox", "{\"fromAddress\":\"failing-mailbox-rep@reps.example\","
                + "\"smtp\":{\"host\":\"127.0.0.1\",\"port\":" + closedPort + ",\"starttls\":false}}").status());
        browser.open(page(token, "&page=settings"));
        String widget = "seq-mailbox-settings";
        browser.in(widget, "[data-action=check]").click();
        WebElement smtp = browser.in(widget, ".check-result[data-server=smtp][data-ok=false]");
        assertTrue(smtp.getText().contains("could not connect to 127.0.0.1:" + closedPort), smtp.getText());
        assertTrue(browser.all(widget, "[data-mailbox-failing]").isEmpty(), "a check is no failed email");

        Scenario s = new Scenario(admin, rep, "failing-mailbox");
        String viewId = s.contactView();
        for (int i = 0; i < 3; i++) {
            s.contact("failing" + i + "@example.com", "Fay" + i, "Berlin", null);
        }
        JsonObject sequence = s.sequence("{\"name\":\"Through a broken mailbox\",\"type\":\"CLASSIC\","
                + "\"status\":\"ACTIVE\",\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\"" + viewId
                + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":\"Europe/Berlin\",\"excludeWeekends\":false},"
                + "\"steps\":[{\"type\":\"EMAIL\",\"day\":1,\"email\":{\"subject\":\"Hi\",\"body\":\"<p>Hi</p>\"}}]}");
        try {
            s.runNow(sequence.getString("id"));
            await().atMost(Duration.ofSeconds(60)).until(() -> rep.get("/api/v1/me/mailbox").json()
                    .get("failing") instanceof JsonObject);
            JsonObject failing = rep.get("/api/v1/me/mailbox").json().getJsonObject("failing");
            assertTrue(failing.getInt("failures") >= 3, failing.toString());
            assertTrue(failing.getString("lastError").startsWith("could not connect to 127.0.0.1:" + closedPort),
                    failing.toString());

            browser.open(page(token, "&page=settings"));
            WebElement notice = browser.in(widget, "[data-mailbox-failing]");
            assertTrue(notice.getText().contains("keeps failing") && notice.getText().contains("could not connect"),
                    notice.getText());
            browser.screenshot(widget, "mailbox-settings-failing");
        } finally {
            s.pause(sequence);
        }
    }

    private String buildSequence(String token, ApiClient rep, String viewId, String contact) {
        browser.open(page(token, "&page=admin"));
        String list = "seq-sequence-list";
        String builder = "seq-sequence-builder";
        browser.in(list, "[data-action=create]").click();
        Browser.type(browser.in(builder, "[data-field='name']"), "Widget outreach");
        Browser.type(browser.in(builder, "[data-field='schedule.timezone']"), "Europe/Berlin");
        browser.in(builder, "[data-view-id='" + viewId + "']").click();

        new Select(browser.in(builder, "#new-step-type")).selectByValue("EMAIL");
        browser.in(builder, "[data-action=add-step]").click();
        // A method call is refused by the template sandbox: the error must appear at this very field.
        Browser.type(browser.in(builder, "[data-field='steps[0].email.subject']"), "Hi $contact.getClass()");
        // The body is written without HTML, its placeholder picked from the list.
        Browser.type(browser.in(builder, "[data-field='steps[0].email.body']"), "Hello");
        new Select(browser.in(builder, "fieldset.step[data-step='0'] [data-action=insert-placeholder]"))
                .selectByValue("contact.firstName");
        new Select(browser.in(builder, "#new-step-type")).selectByValue("EMAIL_REMINDER");
        browser.in(builder, "[data-action=add-step]").click();
        Browser.type(browser.in(builder, "[data-field='steps[1].email.subject']"), "Checking in, $contact.firstName");
        // The HTML stays reachable.
        browser.in(builder, "fieldset.step[data-step='1'] [data-action=edit-html]").click();
        Browser.type(browser.in(builder, "textarea[data-field='steps[1].email.body']"), "<p>Draft for $!{contact.firstName}</p>");
        assertEquals("2", browser.in(builder, "[data-field='steps[1].day']").getAttribute("value"));

        removingAStepAsksFirst(builder);

        browser.in(builder, "[data-action=activate]").click();
        WebElement error = browser.in(builder, ".field-error[data-error-for^='steps[0].email.subject']");
        WebElement subject = browser.in(builder, "[data-field='steps[0].email.subject']");
        assertEquals("true", subject.getAttribute("aria-invalid"));
        assertTrue(subject.getAttribute("aria-describedby").contains(error.getAttribute("id")),
                "the error describes its field for screen readers");
        assertEquals(subject, browser.focused(builder), "focus moves to the invalid field");
        browser.screenshot(builder, "sequence-builder-validation-error");
        assertTrue(rep.get("/api/v1/sequences").array().isEmpty(), "nothing was saved");

        Browser.type(subject, "Hello $contact.firstName");
        browser.in(builder, "[data-action=activate]").click();
        browser.until(d -> browser.shadow(builder).findElements(By.cssSelector(".field-error")).isEmpty()
                && browser.shadow(builder).findElement(By.cssSelector(".status")).getText().startsWith("Saved"));
        JsonObject saved = rep.get("/api/v1/sequences").array().getJsonObject(0);
        assertEquals("Widget outreach", saved.getString("name"));
        assertEquals("ACTIVE", saved.getString("status"));
        assertEquals("CLASSIC", saved.getString("type"));
        assertEquals("Europe/Berlin", saved.getJsonObject("schedule").getString("timezone"));
        assertEquals(viewId, saved.getJsonObject("audience").getJsonArray("savedViewIds").getString(0));
        assertEquals(2, saved.getJsonArray("steps").size());
        assertEquals("Hello$!{contact.firstName}", saved.getJsonArray("steps").getJsonObject(0).getJsonObject("email")
                .getString("body"), "the placeholder went in at the cursor");
        assertEquals("<p>Draft for $!{contact.firstName}</p>", saved.getJsonArray("steps").getJsonObject(1)
                .getJsonObject("email").getString("body"));
        browser.screenshot(builder, "sequence-builder");
        // Saved, each email step previews for a contact, rendered and untracked, without sending anything.
        WebElement previewFor = browser.in(builder, "input[data-field=previewContact]");
        assertEquals(XSS + " Tester <xss@example.com>", browser.pickContact(previewFor, "xss@", "xss@example.com"));
        browser.until(d -> contact.equals(previewFor.getAttribute("data-contact-id")));
        browser.in(builder, "[data-action=preview]").click();
        assertEquals("Subject: Hello " + XSS, browser.in(builder, ".preview-subject").getText());
        assertTrue(browser.in(builder, "[data-field='steps[1].email.subject'] ~ .muted").getText()
                .startsWith("Sent as \"Re: Hello $contact.firstName\""), "a reply says the subject it goes with");
        browser.until(d -> browser.all(list, "tr[data-sequence-id] .name").size() == 1);
        browser.screenshot(list, "sequence-list");
        browser.in(list, "tr[data-sequence-id] [data-action=copy]").click();
        browser.until(d -> browser.all(list, "tr[data-sequence-id] .name").size() == 2);
        assertTrue(browser.in(list, ".status").getText().contains("Copy of Widget outreach"),
                browser.in(list, ".status").getText());
        assertEquals(1, rep.get("/api/v1/sequences?status=DRAFT").array().size(), "the copy is a draft");
        deletingASequenceAsksFirst(list, rep);
        return saved.getString("id");
    }

    /** A third step, removed: cancelled it stays, confirmed it goes. */
    private void removingAStepAsksFirst(String builder) {
        new Select(browser.in(builder, "#new-step-type")).selectByValue("FOLLOW_UP");
        browser.in(builder, "[data-action=add-step]").click();
        browser.until(d -> browser.all(builder, "fieldset.step").size() == 3);
        browser.in(builder, "fieldset.step[data-step='2'] [data-action=remove-step]").click();
        browser.answerConfirm(builder, "Remove step 3 (Follow up)?", false);
        assertEquals(3, browser.all(builder, "fieldset.step").size(), "cancelled: the step stays");
        browser.in(builder, "fieldset.step[data-step='2'] [data-action=remove-step]").click();
        browser.answerConfirm(builder, "Remove step 3 (Follow up)?", true);
        browser.until(d -> browser.all(builder, "fieldset.step").size() == 2);
    }

    /** The copy, deleted from the list: cancelled it stays, confirmed it is gone. */
    private void deletingASequenceAsksFirst(String list, ApiClient rep) {
        String copyId = rep.get("/api/v1/sequences?status=DRAFT").array().getJsonObject(0).getString("id");
        String delete = "tr[data-sequence-id='" + copyId + "'] [data-action=delete]";
        browser.in(list, delete).click();
        browser.answerConfirm(list, "Delete Copy of Widget outreach?", false);
        assertEquals(200, rep.get("/api/v1/sequences/" + copyId).status(), "cancelled: the sequence stays");
        browser.in(list, delete).click();
        browser.answerConfirm(list, "Delete Copy of Widget outreach?", true);
        browser.until(d -> browser.all(list, "tr[data-sequence-id] .name").size() == 1);
        assertEquals(404, rep.get("/api/v1/sequences/" + copyId).status(), "confirmed: the sequence is gone");
    }

    private void enrollFromPanel(String token, Scenario s, String sequenceId, String contact) {
        browser.open(page(token, "&contact=" + contact));
        String panel = "seq-contact-panel";
        assertEquals(XSS + " Tester", browser.until(d -> {
            String name = browser.in(panel, ".contact-name").getText();
            return name.isEmpty() ? null : name;
        }));
        assertEquals("Not yet contacted", browser.in(panel, ".last-contacted-mode").getText());
        new Select(browser.in(panel, "form.enroll select")).selectByValue(sequenceId);
        browser.in(panel, "form.enroll button[type=submit]").click();
        WebElement row = browser.in(panel, "tr[data-enrollment-id]");
        assertTrue(row.getText().contains("Widget outreach") && row.getText().contains("Active"), row.getText());
        JsonObject enrollment = s.enrollmentOf(sequenceId, contact);
        assertEquals("MANUAL", enrollment.getString("source"));
        browser.assertNoInjectedMarkup();
    }

    private void timelineShowsTheSteps(String token, ApiClient rep, String contact) {
        await().atMost(Duration.ofSeconds(30)).until(() -> "No reply".equals(
                rep.get("/api/v1/contacts/" + contact + "/fields").json().getString("lastContactedMode", null)));
        browser.open(page(token, "&contact=" + contact));
        String panel = "seq-contact-panel";
        browser.until(d -> browser.all(panel, "li.timeline-item").size() == 2);
        String timeline = browser.in(panel, "ol.timeline").getText();
        assertTrue(timeline.contains("step 1 Email") && timeline.contains("Executed"), timeline);
        assertTrue(timeline.contains("step 2 Email reminder"), timeline);
        assertTrue(browser.in(panel, ".delivery[data-delivery=SENT]").getText().startsWith("Email sent"), timeline);
        assertEquals("No reply", browser.in(panel, ".last-contacted-mode").getText());
        browser.assertNoInjectedMarkup();
        browser.screenshot(panel, "contact-panel");
    }

    private void sendEditedReminder(String token, String sequenceId) {
        browser.open(page(token, "&page=dashboard"));
        String reminders = "seq-reminders";
        // A search that matches nothing, then the type, status and sequence filters that find the reminder.
        Browser.type(browser.in(reminders, "input[name=q]"), "no such reminder");
        browser.in(reminders, "form.filters button[type=submit]").click();
        browser.in(reminders, ".empty");
        // The email reminder replies to the step 1 email, so it takes "Re: " and that email's subject.
        Browser.type(browser.in(reminders, "input[name=q]"), "Hello");
        new Select(browser.in(reminders, "select[name=type]")).selectByValue("EMAIL_REMINDER");
        new Select(browser.in(reminders, "select[name=status]")).selectByValue("OPEN");
        new Select(browser.in(reminders, "select[name=sequenceId]")).selectByValue(sequenceId);
        // The contact filter finds the contact by name, and filters by its id.
        WebElement contactFilter = browser.in(reminders, "input[data-contact-picker]");
        assertEquals(XSS + " Tester <xss@example.com>", browser.pickContact(contactFilter, "Test", "xss@example.com"));
        browser.until(d -> {
            String id = contactFilter.getAttribute("data-contact-id");
            return id != null && !id.isEmpty();
        });
        browser.in(reminders, "form.filters button[type=submit]").click();
        try {
            browser.until(d -> browser.all(reminders, "tr[data-reminder-id]").size() == 1);
        } catch (RuntimeException e) {
            throw new AssertionError("one reminder expected; the dashboard shows: "
                    + browser.script("return document.querySelector('seq-reminders').shadowRoot.textContent"), e);
        }
        assertEquals("Re: Hello " + XSS, browser.in(reminders, "tr[data-reminder-id] .what").getText());
        browser.assertNoInjectedMarkup();

        browser.in(reminders, "tr[data-reminder-id] [data-action=open]").click();
        WebElement subject = browser.in(reminders, "form.email-editor input[name=subject]");
        assertEquals(subject, browser.focused(reminders), "the editor takes the focus");
        Browser.type(subject, "Edited for our Berlin friend");
        browser.screenshot(reminders, "reminders-email-editor");
        browser.in(reminders, "form.email-editor button[type=submit]").click();
        browser.in(reminders, ".empty");
        // GreenMail is shared by the class's tests: the edited email is found by its recipient, not its place.
        await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipientsOf(m).contains("xss@example.com")).map(WidgetsIT::subjectOf)
                .anyMatch("Edited for our Berlin friend"::equals));

        // Sent, it is done and carries the rep's subject.
        Browser.type(browser.in(reminders, "input[name=q]"), "Berlin friend");
        new Select(browser.in(reminders, "select[name=status]")).selectByValue("DONE");
        browser.in(reminders, "form.filters button[type=submit]").click();
        browser.until(d -> browser.all(reminders, "tr[data-reminder-id]").size() == 1);
        browser.screenshot(reminders, "reminders");
    }

    private void readMetrics(String token, String sequenceId) {
        browser.open(page(token, "&page=admin"));
        browser.in("seq-sequence-list", "tr[data-sequence-id='" + sequenceId + "'] [data-action=edit]").click();
        String metrics = "seq-sequence-metrics";
        WebElement sentBar = browser.in(metrics, ".step-group[data-position='1'] rect.bar-sent");
        assertEquals("1", sentBar.getAttribute("data-value"));
        assertTrue(Double.parseDouble(sentBar.getAttribute("height")) > 0, "the bar is drawn");
        assertEquals("1", browser.in(metrics, "tr[data-position='1'] [data-metric=sent]").getText());
        assertEquals("1", browser.in(metrics, "[data-count=enrolled] strong").getText());
        assertEquals("1", browser.in(metrics, "[data-count=active] strong").getText());
        browser.screenshot(metrics, "sequence-metrics");
    }

    private static String recipientsOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Careful sending in the builder and the list: the time zone mode, holidays (a bad country code refused at its
     * field), the daily ramp, guardrails and the account and meeting exits saved from the builder, the rep's mailbox
     * limits shown there, and in the list the schedule of each sequence and why one paused itself.
     */
    @Test
    void carefulSendingInTheBuilderAndTheList() throws Exception {
        String repToken = Tokens.rep("careful-widget-rep");
        ApiClient admin = new ApiClient(base, Tokens.admin("widget-admin"));
        ApiClient rep = admin.as(repToken);
        assertEquals(200, rep.put("/api/v1/me/mailbox", "{\"fromAddress\":\"careful-widget-rep@reps.example\","
                + "\"limits\":{\"perHour\":30,\"minSecondsBetween\":20}}").status());
        Scenario s = new Scenario(admin, rep, "careful-widgets");
        s.clock("2027-04-05T06:00:00Z");
        String viewId = s.contactView();

        browser.open(page(repToken, "&page=admin"));
        String list = "seq-sequence-list";
        String builder = "seq-sequence-builder";
        browser.in(list, "[data-action=create]").click();
        Browser.type(browser.in(builder, "[data-field='name']"), "Careful outreach");
        Browser.type(browser.in(builder, "[data-field='schedule.timezone']"), "Europe/Berlin");
        browser.in(builder, "[data-view-id='" + viewId + "']").click();
        assertTrue(browser.in(builder, "[data-mailbox-limits]").getText().contains("at most 30 emails an hour, 20 seconds"),
                "the rep's mailbox limits are shown");
        browser.in(builder, "[data-field='schedule.recipientTimezone']").click();
        Browser.type(browser.in(builder, "[data-field='schedule.holidays']"), "DE, XX");
        Browser.type(browser.in(builder, "[data-field='audience.dailyEnrollmentLimit']"), "25");
        Browser.type(browser.in(builder, "[data-field='guardrails.maxBounceRate']"), "0.02");
        browser.in(builder, "[data-field='exitCriteria.accountReplied']").click();
        browser.in(builder, "[data-field='exitCriteria.meetingBooked']").click();
        new Select(browser.in(builder, "#new-step-type")).selectByValue("FOLLOW_UP");
        browser.in(builder, "[data-action=add-step]").click();
        Browser.type(browser.in(builder, "[data-field='steps[0].task.title']"), "Call $contact.firstName");

        browser.in(builder, "[data-action=activate]").click();
        WebElement error = browser.in(builder, ".field-error[data-error-for='schedule.holidays[1]']");
        assertTrue(error.getText().contains("XX"), error.getText());
        assertTrue(rep.get("/api/v1/sequences").array().isEmpty(), "nothing was saved");
        Browser.type(browser.in(builder, "[data-field='schedule.holidays']"), "de, US");
        browser.in(builder, "[data-action=activate]").click();
        browser.until(d -> browser.shadow(builder).findElement(By.cssSelector(".status")).getText().startsWith("Saved"));
        JsonObject saved = rep.get("/api/v1/sequences").array().getJsonObject(0);
        JsonObject schedule = saved.getJsonObject("schedule");
        assertTrue(schedule.getBoolean("recipientTimezone"), saved.toString());
        assertEquals("[\"DE\",\"US\"]", schedule.getJsonArray("holidays").toString());
        assertEquals(25, saved.getJsonObject("audience").getInt("dailyEnrollmentLimit"));
        assertEquals(0.02, saved.getJsonObject("guardrails").getJsonNumber("maxBounceRate").doubleValue());
        assertEquals(50, saved.getJsonObject("guardrails").getInt("minSample"));
        assertTrue(saved.getJsonObject("exitCriteria").getBoolean("accountReplied"));
        assertTrue(saved.getJsonObject("exitCriteria").getBoolean("meetingBooked"));
        browser.screenshot(builder, "sequence-builder-careful-sending");

        // A sequence whose guardrails paused it: one email, one bounce of one is over any rate.
        String contact = s.contact("bounce.careful-widgets@example.com", "Bo", "Berlin", null);
        JsonObject bouncing = s.sequence("{\"name\":\"Bouncing\",\"type\":\"CLASSIC\",\"status\":\"ACTIVE\","
                + "\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\"" + viewId + "\"]},"
                + "\"schedule\":{\"time\":\"09:00\",\"timezone\":\"Europe/Berlin\",\"excludeWeekends\":false},"
                + "\"guardrails\":{\"maxBounceRate\":0.5,\"minSample\":1},\"steps\":[{\"type\":\"EMAIL\",\"day\":1,"
                + "\"email\":{\"subject\":\"Hi\",\"body\":\"<p>Hi</p>\"}}]}");
        try {
            rep.put("/api/v1/sequences/" + saved.getString("id"), jakarta.json.Json.createObjectBuilder(saved)
                    .add("status", "PAUSED").build().toString());
            s.runNow(bouncing.getString("id"));
            String messageId = ItMail.messageIdsByRecipient(MAIL, 1, "bounce.careful-widgets@example.com").values()
                    .iterator().next();
            assertEquals(200, s.event("{\"id\":\"careful-widgets-1\",\"type\":\"BOUNCED\",\"messageId\":\""
                    + messageId + "\"}").status());
            assertEquals("BOUNCE_RATE", rep.get("/api/v1/sequences/" + bouncing.getString("id")).json()
                    .getString("pausedReason"));
            assertTrue(contact != null);

            browser.open(page(repToken, "&page=admin"));
            WebElement notice = browser.in(list, "tr[data-sequence-id='" + bouncing.getString("id")
                    + "'] [data-paused-reason=BOUNCE_RATE]");
            assertTrue(notice.getText().contains("bounced"), notice.getText());
            String careful = browser.in(list, "tr[data-sequence-id='" + saved.getString("id") + "'] .schedule").getText();
            assertTrue(careful.contains("each contact's time zone") && careful.contains("DE, US")
                    && careful.contains("25 new a day"), careful);
            browser.screenshot(list, "sequence-list-careful-sending");
            browser.in(list, "tr[data-sequence-id='" + bouncing.getString("id") + "'] [data-action=edit]").click();
            assertTrue(browser.in(builder, ".paused-notice").getText().contains("resume it when you are ready"));
            browser.assertNoInjectedMarkup();
        } finally {
            s.pause(bouncing);
        }
    }
}
