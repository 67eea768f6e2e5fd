package org.salessequences.application.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.application.EffectException;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.host.embedded.EmbeddedHostCrm;
import org.salessequences.infrastructure.host.embedded.JdbcHostDataRepository;
import org.salessequences.infrastructure.json.JsonDocuments;
import org.salessequences.infrastructure.persistence.jdbc.JdbcHostFieldWrites;
import org.salessequences.infrastructure.persistence.jdbc.JdbcOutboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;

/**
 * Host updates against the embedded host on H2 and PostgreSQL, with the host down for a while: a late retry of an
 * older update does not put its value back over a newer one, while a retry with nothing newer still writes.
 */
class HostUpdateEffectTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    private final JsonDocuments json = new JsonDocuments();
    /** The host as the test reads it, down or not. */
    private HostCrm embedded;
    private boolean hostDown;
    private HostUpdateEffect effect;

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLateRetryOfAnOlderUpdateLeavesTheNewerValue(String name, Supplier<DataSource> database) {
        String contact = givenContact(database.get());
        OutboxEntry sent = entry(contact, HostUpdate.activity(HostUpdate.NO_REPLY, "Email", "Email", "Sent", null,
                null, "rita", AT), AT);
        OutboxEntry replied = entry(contact, HostUpdate.mode(HostUpdate.REPLIED, AT.plusSeconds(60)),
                AT.plusSeconds(60));

        hostDown = true;
        EffectException failed = assertThrows(EffectException.class, () -> effect.perform(sent));
        assertTrue(failed.isRetryable());
        hostDown = false;
        effect.perform(replied);
        effect.perform(sent);

        assertEquals(HostUpdate.REPLIED, property(contact, "lastContactedMode"),
                "the retry of the older update left the newer mode");
        assertEquals("Email", property(contact, "lastActivityType"),
                "a field no newer update wrote is still written by the retry");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRetryWithNothingNewerWritesItsValue(String name, Supplier<DataSource> database) {
        String contact = givenContact(database.get());
        effect.perform(entry(contact, HostUpdate.mode(HostUpdate.NO_REPLY, AT), AT));
        OutboxEntry opened = entry(contact, HostUpdate.mode(HostUpdate.OPENED_BUT_NO_REPLY, AT.plusSeconds(60)),
                AT.plusSeconds(60));

        hostDown = true;
        assertThrows(EffectException.class, () -> effect.perform(opened));
        assertEquals(HostUpdate.NO_REPLY, property(contact, "lastContactedMode"));
        hostDown = false;
        effect.perform(opened);

        assertEquals(HostUpdate.OPENED_BUT_NO_REPLY, property(contact, "lastContactedMode"));
    }

    private String givenContact(DataSource dataSource) {
        String contact = Ids.newId();
        new JdbcHostDataRepository(dataSource, System::currentTimeMillis).addContacts(List.of(new HostContact(contact,
                "ada@example.com", "Ada", "Lovelace", null, null, "rita", null, Map.of(), Map.of())));
        embedded = new EmbeddedHostCrm(dataSource, System::currentTimeMillis);
        EffectLedger ledger = new EffectLedger();
        ledger.outbox = JdbcOutboxRepository.on(dataSource);
        ledger.clock = new ApplicationClock();
        effect = new HostUpdateEffect();
        effect.host = failingWhileDown(embedded);
        effect.ledger = ledger;
        effect.json = json;
        effect.fieldWrites = new JdbcHostFieldWrites(new Sql(dataSource));
        return contact;
    }

    /** The embedded host, except that every call fails as a host that cannot be reached does while it is down. */
    private HostCrm failingWhileDown(HostCrm target) {
        return (HostCrm) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HostCrm.class},
                (proxy, method, arguments) -> {
                    if (hostDown) {
                        throw new HostCrmException("host unreachable", true);
                    }
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private OutboxEntry entry(String contact, HostUpdate update, Instant recordedAt) {
        return new OutboxEntry(Ids.newId(), OutboxKind.HOST_UPDATE, null, contact, json.write(update), 0, recordedAt);
    }

    private Object property(String contact, String name) {
        return embedded.findContact(contact).orElseThrow().property(name);
    }
}
