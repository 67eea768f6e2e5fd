package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.api.FieldError;
import org.salessequences.api.host.AccountInput;
import org.salessequences.api.host.ContactInput;
import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.ImportRejection;
import org.salessequences.api.host.ImportResult;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.application.ConflictException;
import org.salessequences.application.ValidationException;
import org.salessequences.infrastructure.host.HostAdapters;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.host.embedded.EmbeddedHostCrm;
import org.salessequences.infrastructure.host.embedded.JdbcHostDataRepository;

/** The host-data use cases on a real H2 with the plugin's schema. */
class DefaultHostDataServiceTest {

    private final DataSource dataSource = TestDatabases.h2();
    private final DefaultHostDataService service = new DefaultHostDataService();
    private String accountId;

    @BeforeEach
    void wire() {
        service.adapters = HostAdapters.named("embedded");
        service.repository = new JdbcHostDataRepository(dataSource, System::currentTimeMillis);
        service.hostCrm = new EmbeddedHostCrm(dataSource, System::currentTimeMillis);
        accountId = service.addAccounts(List.of(new AccountInput("Acme", "acme.example", null, null, null, Map.of())))
                .get(0).id();
    }

    @Test
    void importsTheGoodRowsAndReportsEveryBadOneByLineAndReason() {
        ImportResult result = service.importContacts(csv("""
                email,firstName,city,accountId,score
                ada@x.example,Ada,Berlin,%s,42
                not-an-email,Bad,Berlin,,1
                ben@x.example,Ben,Hamburg
                carl@x.example,Carl,Rome,no-such-account,3
                dora@x.example,Do"ra,Oslo,,4
                "eve@x.example","Eve ""the"" great","New
                York",,5
                """.formatted(accountId)), "Spring fair");
        assertEquals(2, result.imported(), result.toString());
        assertEquals(List.of(3L, 4L, 5L, 6L), result.rejected().stream().map(ImportRejection::line).toList());
        assertEquals("email: must be an email address such as ada@example.com", result.rejected().get(0).reason());
        assertEquals("has 3 fields where the header has 5", result.rejected().get(1).reason());
        assertTrue(result.rejected().get(2).reason().contains("no-such-account"), result.rejected().get(2).reason());
        assertEquals("a quote inside an unquoted field", result.rejected().get(3).reason());

        ContactView ada = contactByEmail("ada@x.example");
        assertEquals("Spring fair", ada.importName());
        assertEquals(accountId, ada.accountId());
        assertEquals(Map.of("score", "42"), ada.fields());
        assertEquals("Not yet contacted", ada.lastContactedMode());
        ContactView eve = contactByEmail("eve@x.example");
        assertEquals("Eve \"the\" great", eve.firstName());
        assertEquals("New\nYork", eve.city());
    }

    @Test
    void importingTheSameEmailsAgainUpdatesInsteadOfDuplicating() {
        int rows = ContactImport.BATCH_SIZE * 2 + 37;
        ImportResult first = service.importContacts(generated(rows, "first", "a"), "first");
        assertEquals(rows, first.imported());
        ImportResult second = service.importContacts(generated(rows, "second", "A"), "second");
        assertEquals(rows, second.imported());
        assertEquals(List.of(), second.rejected());

        assertEquals(rows, count("SELECT COUNT(*) FROM host_contact"));
        assertEquals(rows, count("SELECT COUNT(*) FROM host_contact WHERE import_name = 'second' AND city = 'second'"));
        assertEquals(rows, count("SELECT COUNT(*) FROM host_contact_field WHERE name = 'wave' AND field_value = 'second'"));
    }

    @Test
    void theLastRowOfAnEmailWinsWithinOneFile() {
        ImportResult result = service.importContacts(csv("email,city\nada@x.example,Berlin\nADA@x.example,Paris\n"), null);
        assertEquals(2, result.imported());
        assertEquals(1, count("SELECT COUNT(*) FROM host_contact"));
        assertEquals("Paris", contactByEmail("ada@x.example").city());
    }

    @Test
    void anEmptyCellRemovesACustomFieldOnUpdateAndAbsentColumnsStayAsTheyWere() {
        service.importContacts(csv("email,city,score\nada@x.example,Berlin,42\n"), "one");
        service.importContacts(csv("email,score\nada@x.example,\n"), null);
        ContactView ada = contactByEmail("ada@x.example");
        assertEquals(Map.of(), ada.fields());
        assertEquals("Berlin", ada.city());
        assertEquals("one", ada.importName());
    }

    @Test
    void anUnusableHeaderIsRefusedBeforeAnythingIsStored() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.importContacts(csv("email,Job Title,city,City,importName\nada@x.example,CEO,a,b,c\n"), "t"));
        assertEquals(List.of("header[1]", "header[3]", "header[4]"), fields(refused.errors()));
        assertEquals(List.of("header"), fields(assertThrows(ValidationException.class,
                () -> service.importContacts(csv("firstName\nAda\n"), "t")).errors()));
        assertEquals(0, count("SELECT COUNT(*) FROM host_contact"));
    }

    @Test
    void anInvalidItemRejectsTheWholeRequestNamingItAndStoresNothing() {
        List<ContactInput> contacts = List.of(contact("ada@x.example", null), contact("nope", null),
                contact("ben@x.example", "missing"), contact("ADA@x.example", null));
        ValidationException refused = assertThrows(ValidationException.class, () -> service.addContacts(contacts));
        assertEquals(List.of("[1].email", "[2].accountId"), fields(refused.errors()));
        assertEquals(0, count("SELECT COUNT(*) FROM host_contact"));

        List<ContactView> created = service.addContacts(List.of(contact("ada@x.example", accountId),
                contact("ben@x.example", null)));
        assertEquals(List.of("ada@x.example", "ben@x.example"), created.stream().map(ContactView::email).toList());
    }

    @Test
    void contactsMayShareAnAddressOrHaveNone() {
        service.addContacts(List.of(contact("ben@x.example", null)));
        List<ContactView> created = service.addContacts(List.of(contact("Ben@X.example", null), contact(null, null)));
        assertEquals(2, created.size());
        assertEquals(null, created.get(1).email());
        assertEquals(3, count("SELECT COUNT(*) FROM host_contact"));
    }

    @Test
    void savedViewsAreValidatedAsConditionsAndFitTheirRecordType() {
        ValidationException refused = assertThrows(ValidationException.class, () -> service.addView(
                new SavedViewDefinition(null, "Bad", "ACCOUNT", List.of(new ConditionDefinition("account.city", "EQUALS", "x"),
                        new ConditionDefinition("email.opened", "EQUALS", "any")), "ALL")));
        assertEquals(List.of("conditions[1].field"), fields(refused.errors()));
        List<ConditionDefinition> nine = Collections.nCopies(9, new ConditionDefinition("city", "EQUALS", "x"));
        assertEquals(List.of("conditions"), fields(assertThrows(ValidationException.class, () -> service.addView(
                new SavedViewDefinition(null, "Nine", "CONTACT", nine, "ANY"))).errors()));
        assertEquals(List.of("conditions[0].field"), fields(assertThrows(ValidationException.class, () -> service.addView(
                new SavedViewDefinition(null, "Wrong type", "ACCOUNT",
                        List.of(new ConditionDefinition("city", "EQUALS", "x")), "ALL"))).errors()));

        SavedViewDefinition view = service.addView(new SavedViewDefinition(null, "Berliners", "CONTACT",
                List.of(new ConditionDefinition("city", "EQUALS", "berlin")), null));
        assertEquals(List.of(view), service.views());
        assertEquals("ALL", view.match());
    }

    @Test
    void refusesHostDataWhenFreshsalesKeepsIt() {
        service.adapters = HostAdapters.named("freshsales");
        ConflictException refused = assertThrows(ConflictException.class,
                () -> service.importContacts(csv("email\na@x.example\n"), null));
        assertTrue(refused.getMessage().contains("Freshsales"), refused.getMessage());
        assertThrows(ConflictException.class, () -> service.views());
    }

    private ContactView contactByEmail(String email) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id FROM host_contact WHERE email_key = '" + email + "'")) {
            assertTrue(row.next(), email);
            return service.contact(row.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContactInput contact(String email, String accountId) {
        return new ContactInput(email, "First", "Last", null, "Europe/Berlin", "demo-rep", accountId, null, null, null,
                null, Map.of("score", 5));
    }

    /** A CSV of {@code rows} contacts, produced piece by piece as the import reads it. */
    private static InputStream generated(int rows, String wave, String emailPrefix) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(bytes("email,city,wave\n"));
        IntStream.range(0, rows).forEach(i -> parts.add(bytes(emailPrefix + i + "@x.example," + wave + "," + wave + "\n")));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static InputStream csv(String text) {
        return bytes(text);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
