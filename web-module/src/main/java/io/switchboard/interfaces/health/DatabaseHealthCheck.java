package io.switchboard.interfaces.health;

import io.switchboard.application.SystemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers; a load balancer stops sending traffic when it does not. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    SystemStatus status;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database")
                    .up()
                    .withData("roundTripMillis", status.databaseRoundTripMillis())
                    .build();
        } catch (RuntimeException e) {
            // The reason goes to the log by the container; the probe only needs to know it is down.
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
