package org.salessequences.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.salessequences.infrastructure.mail.sink.MailTransportChoice;

/** Says in {@code /health} where outgoing mail goes, so that a sunk email is never mistaken for a lost one. */
@Liveness
@ApplicationScoped
public class MailTransportCheck implements HealthCheck {

    @Inject
    MailTransportChoice transport;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mail").up().withData("transport", transport.name())
                .withData("reason", transport.reason()).build();
    }
}
