package org.salessequences.infrastructure.host;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.domain.model.host.HostDataRepository;
import org.salessequences.infrastructure.host.embedded.EmbeddedHostCrm;
import org.salessequences.infrastructure.host.embedded.JdbcHostDataRepository;
import org.salessequences.infrastructure.host.freshsales.FreshsalesHostCrm;
import org.salessequences.infrastructure.host.freshsales.FreshsalesSettings;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.spi.host.HostCrm;

/**
 * Chooses the host adapter by {@code sequences.host.adapter} and produces the one {@link HostCrm} the application
 * injects. The adapters themselves are plain classes ({@code @Vetoed}), so the producer is the only bean of the
 * type and injection is never ambiguous.
 */
@ApplicationScoped
public class HostAdapters {

    public static final String EMBEDDED = "embedded";
    public static final String FRESHSALES = "freshsales";
    private static final Logger LOG = Logger.getLogger(HostAdapters.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Inject
    ApplicationClock clock;
    @Inject
    @ConfigProperty(name = "sequences.host.adapter")
    String adapter;
    @Inject
    @ConfigProperty(name = "sequences.freshsales.url")
    Optional<String> freshsalesUrl;
    @Inject
    @ConfigProperty(name = "sequences.freshsales.apikey")
    Optional<String> freshsalesApiKey;

    /** An adapter choice made outside CDI, by name (tools and tests). */
    public static HostAdapters named(String adapter) {
        HostAdapters adapters = new HostAdapters();
        adapters.adapter = adapter;
        return adapters;
    }

    /** Whether the plugin keeps the host data itself (and the host-data endpoints serve it). */
    public boolean isEmbedded() {
        return EMBEDDED.equals(name());
    }

    /** The host's name for people: "the embedded host" or "Freshsales". */
    public String displayName() {
        return isEmbedded() ? "the embedded host" : "Freshsales";
    }

    @Produces
    @ApplicationScoped
    HostCrm hostCrm() {
        String name = name();
        LOG.info(() -> "SEQ-0300 host adapter: " + name);
        if (FRESHSALES.equals(name)) {
            // The settings never print the key; the URL is no secret.
            return new FreshsalesHostCrm(FreshsalesSettings.of(URI.create(freshsalesUrl.orElseThrow(() -> missing("url"))),
                    freshsalesApiKey.orElseThrow(() -> missing("apikey"))));
        }
        return new EmbeddedHostCrm(dataSource, () -> clock.now().toEpochMilli());
    }

    @Produces
    @ApplicationScoped
    HostDataRepository hostDataRepository() {
        return new JdbcHostDataRepository(dataSource, () -> clock.now().toEpochMilli());
    }

    private String name() {
        String name = adapter == null ? EMBEDDED : adapter.strip();
        if (!EMBEDDED.equals(name) && !FRESHSALES.equals(name)) {
            throw new IllegalStateException("SEQ-0301 sequences.host.adapter is \"" + name
                    + "\": use embedded or freshsales");
        }
        return name;
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException("SEQ-0302 the freshsales host adapter needs sequences.freshsales." + key);
    }
}
