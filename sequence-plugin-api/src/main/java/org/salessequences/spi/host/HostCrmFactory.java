package org.salessequences.spi.host;

import java.util.Set;

/**
 * Makes one kind of {@link HostCrm} adapter. Found with {@link java.util.ServiceLoader} (a jar on the plugin's class
 * path naming its factory in {@code META-INF/services/org.salessequences.spi.host.HostCrmFactory}); the plugin uses
 * the one whose {@link #id()} is {@code sequences.host.adapter}.
 */
public interface HostCrmFactory {

    /** The value of {@code sequences.host.adapter} that selects this adapter, also its configuration scope. */
    String id();

    /** The host's name for people, e.g. "Freshsales". */
    String displayName();

    /** What the adapter can do; the plugin asks these, never the id. */
    Set<HostCapability> capabilities();

    /**
     * Builds the adapter from its configuration scope. Called once, at start-up.
     *
     * @throws HostCrmException when the configuration is missing or wrong (not retryable)
     */
    HostCrm create(HostContext context);
}
