package org.salessequences.domain.model.host;

import org.salessequences.spi.host.HostCapability;

/** What the host adapter in use can do, asked instead of its name: the application never knows which host it is. */
public interface HostCapabilities {

    boolean has(HostCapability capability);

    /** The host's name as an admin knows it, for messages. */
    String displayName();
}
