package org.salessequences.infrastructure.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.domain.model.host.HostCapabilities;
import org.salessequences.domain.model.host.HostDataRepository;
import org.salessequences.infrastructure.host.embedded.EmbeddedHostCrmFactory;
import org.salessequences.infrastructure.host.embedded.JdbcHostDataRepository;
import org.salessequences.infrastructure.persistence.jdbc.JdbcHostCallBudget;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostContext;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostCrmFactory;

/**
 * Finds the host adapter whose {@link HostCrmFactory#id() id} is {@code sequences.host.adapter} among the factories
 * on the class path ({@link ServiceLoader}), builds it once from its configuration scope and probes it, and produces
 * the one {@link HostCrm} the application injects. A host that cannot be used (unknown id, missing setting, wrong URL
 * or credentials) does not stop the deployment: {@link #status()} is down with the reason ({@code /health} shows it)
 * and every host call fails with that reason. The adapters themselves are plain classes, so the producer is the only
 * bean of the type and injection is never ambiguous.
 */
@ApplicationScoped
public class HostAdapters implements HostCapabilities {

    private static final Logger LOG = Logger.getLogger(HostAdapters.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Inject
    ApplicationClock clock;
    @Inject
    Config config;
    @Inject
    JdbcHostCallBudget callBudget;
    @Inject
    @ConfigProperty(name = "sequences.host.adapter")
    String adapter;
    /** Calls to the host per clock hour for the whole cluster; 0 for no limit. */
    @Inject
    @ConfigProperty(name = "sequences.host.calls-per-hour")
    long callsPerHour;

    /** The settings by full key; MicroProfile Config in the container. */
    private Function<String, Optional<String>> settings = key -> config.getOptionalValue(key, String.class);
    private volatile Started started;

    /** Whether the host adapter could be built and its host answered its probe, and if not why. */
    public record Status(String adapterId, boolean up, String reason, boolean retryable) {
    }

    private record Started(Optional<HostCrmFactory> factory, HostCrm crm, Status status) {
    }

    /** An adapter chosen outside CDI, by id, without building it (tools and tests asking its capabilities). */
    public static HostAdapters named(String adapter) {
        HostAdapters adapters = new HostAdapters();
        adapters.adapter = adapter;
        HostCrmFactory factory = find(adapter).orElseThrow(() -> new IllegalArgumentException(unknown(adapter)));
        adapters.started = new Started(Optional.of(factory), null, new Status(factory.id(), true, null, false));
        return adapters;
    }

    /**
     * The adapter {@code adapter} as the container would start it, with settings from a map (tools and tests); the
     * host-call budget is unlimited.
     */
    public static HostAdapters configured(String adapter, Map<String, String> settings, DataSource dataSource,
                                          ApplicationClock clock) {
        HostAdapters adapters = new HostAdapters();
        adapters.adapter = adapter;
        adapters.settings = key -> Optional.ofNullable(settings.get(key));
        adapters.dataSource = dataSource;
        adapters.clock = clock;
        return adapters;
    }

    /** Every factory on the class path, in class-path order. */
    public static List<HostCrmFactory> factories() {
        List<HostCrmFactory> factories = new ArrayList<>();
        ServiceLoader.load(HostCrmFactory.class, HostCrmFactory.class.getClassLoader()).forEach(factories::add);
        return factories;
    }

    /** Builds and probes the adapter as the application starts, so a misconfigured host shows at once. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Status status = started().status();
        if (status.up()) {
            LOG.info(() -> LogId.HOST_ADAPTER_CHOSEN + " host adapter: " + status.adapterId());
        } else {
            LOG.severe(() -> LogId.HOST_ADAPTER_UNUSABLE + " host adapter " + status.adapterId() + " is not usable: "
                    + status.reason());
        }
    }

    /** Whether the chosen adapter declares the capability (false when none could be chosen). */
    @Override
    public boolean has(HostCapability capability) {
        return started().factory().map(factory -> factory.capabilities().contains(capability)).orElse(false);
    }

    /** The host's name for people: "the embedded host", "Freshsales", "Tryton"... */
    @Override
    public String displayName() {
        return started().factory().map(HostCrmFactory::displayName).orElse(adapterId());
    }

    /**
     * The adapter's state. A host that was unreachable at start-up (a retryable failure) is probed again, so the
     * status comes up once the host does; a refusal (bad credentials, unknown id) stays until the configuration is
     * fixed and the plugin restarted.
     */
    public Status status() {
        Started current = started();
        if (!current.status().up() && current.status().retryable() && current.factory().isPresent()) {
            synchronized (this) {
                started = start(current.factory().get());
                return started.status();
            }
        }
        return current.status();
    }

    @Produces
    @ApplicationScoped
    HostCrm hostCrm() {
        return new DeferredHostCrm(() -> {
            Started current = started();
            if (current.crm() != null && current.status().up()) {
                return current.crm();
            }
            Status status = status();
            if (status.up()) {
                return started().crm();
            }
            throw new HostCrmException(LogId.HOST_ADAPTER_UNUSABLE + " the host adapter " + status.adapterId()
                    + " is not usable: " + status.reason(), status.retryable());
        });
    }

    @Produces
    @ApplicationScoped
    HostDataRepository hostDataRepository() {
        return new JdbcHostDataRepository(dataSource, () -> clock.now().toEpochMilli());
    }

    private Started started() {
        Started current = started;
        if (current == null) {
            synchronized (this) {
                if (started == null) {
                    Optional<HostCrmFactory> factory = find(adapterId());
                    started = factory.map(this::start).orElseGet(() -> new Started(Optional.empty(), null,
                            new Status(adapterId(), false, unknown(adapterId()), false)));
                }
                current = started;
            }
        }
        return current;
    }

    private Started start(HostCrmFactory factory) {
        HostCrm crm = null;
        try {
            crm = factory.create(context(factory.id()));
            crm.probe();
            return new Started(Optional.of(factory), crm, new Status(factory.id(), true, null, false));
        } catch (HostCrmException e) {
            LOG.log(Level.FINE, "host adapter start-up", e);
            return new Started(Optional.of(factory), crm, new Status(factory.id(), false, e.getMessage(),
                    e.isRetryable()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.HOST_ADAPTER_UNUSABLE + " host adapter " + factory.id()
                    + " failed to start", e);
            return new Started(Optional.of(factory), crm, new Status(factory.id(), false,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), false));
        }
    }

    private HostContext context(String id) {
        Supplier<java.time.Instant> now = clock::now;
        HostCallBudget budget = callsPerHour <= 0 ? HostCallBudget.UNLIMITED
                : calls -> callBudget.spend(calls, callsPerHour, now);
        return new HostContext() {
            @Override
            public String adapterId() {
                return id;
            }

            @Override
            public Optional<String> config(String key) {
                return settings.apply(key(key)).map(String::strip).filter(v -> !v.isEmpty());
            }

            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public Supplier<java.time.Instant> clock() {
                return now;
            }

            @Override
            public HostCallBudget budget() {
                return budget;
            }
        };
    }

    private String adapterId() {
        return adapter == null || adapter.isBlank() ? EmbeddedHostCrmFactory.ID : adapter.strip();
    }

    private static Optional<HostCrmFactory> find(String id) {
        return factories().stream().filter(factory -> factory.id().equals(id)).findFirst();
    }

    private static String unknown(String id) {
        return LogId.HOST_ADAPTER_UNKNOWN + " sequences.host.adapter is \"" + id
                + "\", but the adapters on the class path are "
                + String.join(", ", factories().stream().map(HostCrmFactory::id).toList());
    }
}
