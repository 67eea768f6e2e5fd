package org.salessequences.host.tryton;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostContext;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmFactory;

/**
 * {@code sequences.host.adapter=tryton}: {@code sequences.tryton.url}, {@code .database}, {@code .username},
 * {@code .password}; optional {@code .organisation-category} (default "Organisation") and
 * {@code .employee-relation} (default "Employee of").
 */
public class TrytonHostCrmFactory implements HostCrmFactory {

    public static final String ID = "tryton";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Tryton";
    }

    @Override
    public Set<HostCapability> capabilities() {
        return EnumSet.of(HostCapability.SEARCH, HostCapability.TASKS, HostCapability.TASK_COMPLETION);
    }

    @Override
    public HostCrm create(HostContext context) {
        URI url = context.url("url");
        TrytonSettings settings = new TrytonSettings(url, context.required("database"), context.required("username"),
                context.required("password"),
                context.config("organisation-category").orElse(TrytonSettings.DEFAULT_ORGANISATION_CATEGORY),
                context.config("employee-relation").orElse(TrytonSettings.DEFAULT_EMPLOYEE_RELATION),
                Duration.ofSeconds(30));
        return new TrytonHostCrm(settings, context.budget());
    }
}
