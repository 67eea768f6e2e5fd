package org.salessequences.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.salessequences.infrastructure.host.HostAdapters;

/**
 * The host adapter started and its host answered: down with the reason (unknown adapter id, a missing setting, a
 * wrong URL, refused credentials) instead of starting "up" and failing every request that needs the host.
 */
@Startup
@Readiness
@ApplicationScoped
public class HostStartupCheck implements HealthCheck {

    @Inject
    HostAdapters adapters;

    @Override
    public HealthCheckResponse call() {
        HostAdapters.Status status = adapters.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("host").status(status.up())
                .withData("adapter", status.adapterId());
        if (!status.up()) {
            response.withData("reason", status.reason());
        }
        return response.build();
    }
}
