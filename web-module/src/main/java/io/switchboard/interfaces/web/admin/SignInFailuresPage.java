package io.switchboard.interfaces.web.admin;

import io.switchboard.application.LoginAudit;
import io.switchboard.application.view.LoginFailureView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Admin: the latest failed sign-ins, beside the agents whose logins they tried. */
@Named
@RequestScoped
public class SignInFailuresPage {

    private static final int SHOWN = 50;

    @Inject
    LoginAudit audit;

    private List<LoginFailureView> failures;

    public List<LoginFailureView> getFailures() {
        if (failures == null) {
            failures = audit.recent(SHOWN);
        }
        return failures;
    }
}
