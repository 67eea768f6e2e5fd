package org.salessequences.host.tryton;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Assumptions;
import org.salessequences.spi.host.HostCallBudget;

/**
 * A trytond for the tests, from Debian's packages: started once per test class on loopback
 * ({@code -Dtryton.port}, default 8765) over a template database that has the module {@code sales_sequences}, the
 * "Organisation" category, the "Employee of" relation type and a company; each test gets a copy of it (a file copy,
 * so tests never see each other's records). Skipped with a message when trytond is not installed.
 */
final class TrytonServer {

    static final String PASSWORD = "admin-password-for-tests";
    private static final String TEMPLATE = "sequences";

    private final Path dir = Path.of(System.getProperty("tryton.dir", "target/trytond")).toAbsolutePath();
    private final int port = Integer.getInteger("tryton.port", 8765);
    private final AtomicInteger databases = new AtomicInteger();

    /** Starts trytond over a fresh template, or skips the calling tests when trytond is not installed. */
    static TrytonServer start() {
        Assumptions.assumeTrue(new File("/usr/bin/trytond").canExecute() && new File("/usr/bin/trytond-admin")
                .canExecute(), "trytond is not installed (apt-get install tryton-server tryton-modules-party "
                + "tryton-modules-company tryton-modules-party-relationship tryton-modules-project): the Tryton "
                + "tests are skipped");
        TrytonServer server = new TrytonServer();
        server.run(System.getProperty("tryton.start", "src/test/tryton/trytond-start.sh"),
                server.dir.toString(), Integer.toString(server.port));
        server.seedTemplate();
        return server;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A new database, a copy of the template. */
    String freshDatabase() {
        String name = "t" + databases.incrementAndGet();
        try {
            Files.copy(dir.resolve("db").resolve(TEMPLATE + ".sqlite"), dir.resolve("db").resolve(name + ".sqlite"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    TrytonSettings settings(String database) {
        return new TrytonSettings(url(), database, "admin", PASSWORD, TrytonSettings.DEFAULT_ORGANISATION_CATEGORY,
                TrytonSettings.DEFAULT_EMPLOYEE_RELATION, Duration.ofSeconds(30));
    }

    /** A JSON-RPC client of a database, as the adapter has it. */
    TrytonRpc rpc(String database) {
        return new TrytonRpc(settings(database), java.net.http.HttpClient.newHttpClient(), HostCallBudget.UNLIMITED);
    }

    void stop() {
        try {
            Path pid = dir.resolve("trytond.pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seedTemplate() {
        TrytonRpc rpc = rpc(TEMPLATE);
        create(rpc, "party.category", Json.createObjectBuilder().add("name", "Organisation").build());
        create(rpc, "party.relation.type", Json.createObjectBuilder().add("name", "Employee of").build());
        long currency = create(rpc, "currency.currency", Json.createObjectBuilder().add("name", "Euro")
                .add("code", "EUR").add("symbol", "EUR").build());
        long party = create(rpc, "party.party", Json.createObjectBuilder().add("name", "Our Company").build());
        long company = create(rpc, "company.company", Json.createObjectBuilder().add("party", party)
                .add("currency", currency).build());
        rpc.call("model.res.user.write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(1))
                .add(Json.createObjectBuilder().add("companies", Json.createArrayBuilder().add(Json.createArrayBuilder()
                        .add("add").add(Json.createArrayBuilder().add(company)))).add("company", company))
                .add(JsonValue.EMPTY_JSON_OBJECT).build());
    }

    static long create(TrytonRpc rpc, String model, jakarta.json.JsonObject values) {
        return rpc.create(model, values);
    }

    private void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolveSibling("trytond-start.log").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("trytond did not start: see " + dir.resolveSibling("trytond-start.log")
                        + " and " + dir.resolve("admin.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
