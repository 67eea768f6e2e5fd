package org.salessequences.infrastructure.host;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.api.host.AccountInput;
import org.salessequences.api.host.AccountView;
import org.salessequences.api.host.ContactInput;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.application.HostDataService;
import org.salessequences.domain.model.host.HostDataRepository;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCapability;

/**
 * With {@code sequences.demo.seed=true} (set by {@code deploy/run.sh}), fills an empty embedded host with demo data
 * at start-up: a dozen accounts, a few hundred contacts owned by {@code demo-rep} and {@code demo-admin}, with custom
 * fields, and saved views of contacts and of accounts, so a newcomer sees a working plugin at once. Never touches a
 * host that holds anything. The data is the same on every machine (a fixed random seed).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoHostSeeder {

    static final int CONTACTS = 300;
    private static final Logger LOG = Logger.getLogger(DemoHostSeeder.class.getName());
    private static final String[][] ACCOUNTS = {
            {"Acme Robotics", "acme-robotics.example", "Berlin", "Germany", "Manufacturing"},
            {"Birch & Co", "birch.example", "London", "United Kingdom", "Retail"},
            {"Cobalt Health", "cobalt-health.example", "Boston", "United States", "Healthcare"},
            {"Delta Logistics", "delta-logistics.example", "Rotterdam", "Netherlands", "Logistics"},
            {"Evergreen Energy", "evergreen.example", "Oslo", "Norway", "Energy"},
            {"Fjord Software", "fjord.example", "Stockholm", "Sweden", "Software"},
            {"Granite Bank", "granite-bank.example", "Zurich", "Switzerland", "Finance"},
            {"Helios Media", "helios.example", "Madrid", "Spain", "Media"},
            {"Ivy Education", "ivy-edu.example", "Toronto", "Canada", "Education"},
            {"Juniper Foods", "juniper.example", "Lyon", "France", "Food"},
            {"Kestrel Aviation", "kestrel.example", "Seattle", "United States", "Aviation"},
            {"Lumen Labs", "lumen.example", "Munich", "Germany", "Software"}};
    private static final String[] FIRST_NAMES = {"Ada", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo",
            "Ines", "Jonas", "Keiko", "Liam", "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST_NAMES = {"Becker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hansen",
            "Ito", "Jensen", "Khan", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Silva", "Weber"};
    private static final String[] TITLES = {"CEO", "CTO", "Head of Sales", "Sales Manager", "Engineer",
            "Marketing Lead", "Buyer", "Operations Manager"};
    private static final String[] ZONES = {"Europe/Berlin", "Europe/London", "America/New_York", "Europe/Amsterdam",
            "Europe/Oslo", "Europe/Stockholm", "Europe/Zurich", "Europe/Madrid", "America/Toronto", "Europe/Paris",
            "America/Los_Angeles", "Europe/Berlin"};
    private static final String[] STAGES = {"lead", "qualified", "customer"};

    @Inject
    @ConfigProperty(name = "sequences.demo.seed")
    boolean seed;
    @Inject
    HostAdapters adapters;
    @Inject
    HostDataRepository repository;
    @Inject
    HostDataService hostData;
    private boolean loaded;

    @PostConstruct
    void seedWhenEmpty() {
        if (!seed || !adapters.has(HostCapability.OWNS_HOST_DATA)) {
            return;
        }
        if (!repository.isEmpty()) {
            LOG.info(LogId.DEMO_DATA_SKIPPED + " the embedded host already holds data: no demo data loaded");
            return;
        }
        List<AccountView> accounts = hostData.addAccounts(accounts());
        hostData.addContacts(contacts(accounts));
        views().forEach(hostData::addView);
        loaded = true;
        LOG.info(() -> LogId.DEMO_DATA_LOADED + " loaded demo data into the embedded host: " + accounts.size()
                + " accounts, " + CONTACTS + " contacts, " + views().size() + " saved views");
    }

    /** Whether this start loaded the demo data (into a host that was empty): the demo's story follows then. */
    public boolean loadedDemoData() {
        return loaded;
    }

    static List<AccountInput> accounts() {
        List<AccountInput> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS.length; i++) {
            String[] account = ACCOUNTS[i];
            accounts.add(new AccountInput(account[0], account[1], account[2], account[3], account[4],
                    Map.of("tier", i % 3 == 0 ? "gold" : "silver", "employees", BigDecimal.valueOf(50L + 150L * i))));
        }
        return accounts;
    }

    static List<ContactInput> contacts(List<AccountView> accounts) {
        Random random = new Random(42);
        List<ContactInput> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            int a = i % accounts.size();
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            AccountView account = accounts.get(a);
            String email = (first + "." + last + "." + i + "@" + account.domain()).toLowerCase(Locale.ROOT);
            contacts.add(new ContactInput(email, first, last, "+1-555-" + String.format("%04d", i), ZONES[a], i % 4 == 0 ? "demo-admin" : "demo-rep",
                    account.id(), account.city(), null, account.country(), TITLES[random.nextInt(TITLES.length)],
                    Map.of("leadScore", BigDecimal.valueOf(random.nextInt(100)),
                            "stage", STAGES[random.nextInt(STAGES.length)])));
        }
        return contacts;
    }

    static List<SavedViewDefinition> views() {
        return List.of(
                new SavedViewDefinition(null, "Hot leads", "CONTACT", List.of(
                        new ConditionDefinition("fields.leadScore", "GREATER_THAN", BigDecimal.valueOf(70)),
                        new ConditionDefinition("fields.stage", "NOT_EQUALS", "customer")), "ALL"),
                new SavedViewDefinition(null, "Decision makers", "CONTACT", List.of(
                        new ConditionDefinition("jobTitle", "IN", List.of("CEO", "CTO", "Head of Sales"))), "ALL"),
                new SavedViewDefinition(null, "German contacts", "CONTACT", List.of(
                        new ConditionDefinition("country", "EQUALS", "Germany")), "ALL"),
                new SavedViewDefinition(null, "Gold accounts", "ACCOUNT", List.of(
                        new ConditionDefinition("account.fields.tier", "EQUALS", "gold")), "ALL"),
                new SavedViewDefinition(null, "Software and finance accounts", "ACCOUNT", List.of(
                        new ConditionDefinition("account.industry", "EQUALS", "Software"),
                        new ConditionDefinition("account.industry", "EQUALS", "Finance")), "ANY"));
    }
}
