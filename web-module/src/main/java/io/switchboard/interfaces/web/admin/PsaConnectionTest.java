package io.switchboard.interfaces.web.admin;

import io.switchboard.application.plugin.InstanceAdministration;
import io.switchboard.application.view.PluginViews.ConnectionView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The PSA page's "Test connection": one call to the PSA with the connection's own settings (as
 * {@code POST /api/v1/psa/connections/{id}/test}), and what it said. Admin only, as the page is.
 */
@Named
@RequestScoped
public class PsaConnectionTest {

    @Inject
    InstanceAdministration instances;

    public void run(long connectionId) {
        try {
            ConnectionView check = instances.testInstance(connectionId);
            if ("OK".equals(check.outcome())) {
                Feedback.info("Connection test: " + check.message());
            } else {
                Feedback.error("Connection test " + check.outcome().toLowerCase() + ": " + check.message());
            }
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }
}
