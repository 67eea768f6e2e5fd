package org.salessequences.infrastructure.host.embedded;

import java.util.EnumSet;
import java.util.Set;

import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostContext;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmFactory;

/** The default host: contacts, accounts and views in the plugin's own tables. No settings of its own. */
public class EmbeddedHostCrmFactory implements HostCrmFactory {

    public static final String ID = "embedded";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "the embedded host";
    }

    @Override
    public Set<HostCapability> capabilities() {
        return EnumSet.allOf(HostCapability.class);
    }

    @Override
    public HostCrm create(HostContext context) {
        return new EmbeddedHostCrm(context.dataSource(), () -> context.clock().get().toEpochMilli());
    }
}
