package org.salessequences.infrastructure.host.freshsales;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostContext;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmFactory;

/** Freshsales over its public REST API: {@code sequences.freshsales.url} (the API root) and {@code .apikey}. */
public class FreshsalesHostCrmFactory implements HostCrmFactory {

    public static final String ID = "freshsales";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Freshsales";
    }

    @Override
    public Set<HostCapability> capabilities() {
        return EnumSet.of(HostCapability.SEARCH, HostCapability.TASKS, HostCapability.TASK_COMPLETION);
    }

    @Override
    public HostCrm create(HostContext context) {
        URI url = context.url("url");
        // The settings never print the key; the URL is no secret.
        return new FreshsalesHostCrm(FreshsalesSettings.of(url, context.required("apikey")), context.budget());
    }
}
