package io.switchboard.interfaces.health;

import io.switchboard.application.mail.Quarantine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * How many messages wait in email quarantine. Quarantined mail is kept safely, so the count is
 * information for monitoring, not a reason to take the server out of service.
 */
@Liveness
@ApplicationScoped
public class MailQuarantineHealthCheck implements HealthCheck {

    @Inject
    Quarantine quarantine;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("email-quarantine")
                    .up()
                    .withData("messages", quarantine.count())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("email-quarantine").down().build();
        }
    }
}
