package org.salessequences.spi.host;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * What the plugin hands a {@link HostCrmFactory} to build its adapter with: the adapter's own configuration scope,
 * the plugin's database and clock, and the host-call budget it must spend before every call to the host.
 */
public interface HostContext {

    /** The adapter's id, the scope of its configuration ({@code sequences.<id>.*}). */
    String adapterId();

    /**
     * A setting of the adapter's scope: {@code config("url")} reads {@code sequences.<id>.url}; blank counts as
     * absent.
     */
    Optional<String> config(String key);

    /** A setting the adapter cannot start without; its absence is a start-up failure naming the full key. */
    default String required(String key) {
        return config(key).orElseThrow(() -> new HostCrmException("the " + adapterId() + " host adapter needs "
                + key(key), false));
    }

    /**
     * A required setting that must be an http(s) URL, e.g. {@code https://acme.myfreshworks.com/crm/sales/api}.
     *
     * @throws HostCrmException (not retryable) naming the full key when it is absent or not such a URL
     */
    default URI url(String key) {
        URI url;
        try {
            url = URI.create(required(key));
        } catch (IllegalArgumentException e) {
            throw new HostCrmException(key(key) + " is not a URL", false, e);
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
            throw new HostCrmException(key(key) + " must be an http(s) URL with a host", false);
        }
        return url;
    }

    /** The full name of a setting of this scope, for messages. */
    default String key(String key) {
        return "sequences." + adapterId() + "." + key;
    }

    /** The plugin's database (the embedded host keeps its tables there; remote adapters ignore it). */
    DataSource dataSource();

    /** The plugin's clock (adjustable in tests and demos). */
    Supplier<Instant> clock();

    /** The hourly host-call budget, shared by the cluster; unlimited unless configured. */
    HostCallBudget budget();
}
