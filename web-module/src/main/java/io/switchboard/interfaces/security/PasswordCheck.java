package io.switchboard.interfaces.security;

import io.switchboard.application.LoginAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A name and password checked against the registry under the sign-in throttle, with every
 * failure in the audit: the same rules for the API's Basic credentials and the portal's form.
 */
@ApplicationScoped
public class PasswordCheck {

    /** What a check came to. */
    public sealed interface Outcome permits Valid, Refused, Throttled {}

    /** Right, and the account may sign in now; the result carries its current groups. */
    public record Valid(CredentialValidationResult result) implements Outcome {}

    /** Wrong password, unknown name, or an account deleted or switched off. */
    public record Refused() implements Outcome {}

    /** Not checked: too many failures for this name or from this address; try again after the wait. */
    public record Throttled(Duration retryAfter) implements Outcome {}

    private static final Logger LOG = Logger.getLogger(PasswordCheck.class.getName());
    private static final Duration AUDIT_WARNING_EVERY = Duration.ofMinutes(1);
    private final AtomicLong lastAuditWarning = new AtomicLong(System.nanoTime() - AUDIT_WARNING_EVERY.toNanos() - 1);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountCheck accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginAudit audit;

    @Inject
    AgentOnSignIn agents;

    /** An audit that cannot be written (the database away) must not turn a refusal into a server error. */
    private void record(Runnable entry) {
        try {
            entry.run();
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            long last = lastAuditWarning.get();
            if (now - last > AUDIT_WARNING_EVERY.toNanos() && lastAuditWarning.compareAndSet(last, now)) {
                LOG.log(
                        Level.WARNING,
                        "A failed sign-in could not be audited (repeats are not logged for a minute)",
                        e);
            }
        }
    }

    /** How long this name must wait before it may try from this address; a throttled try is audited. */
    public Duration waitBeforeTrying(String name, String address, String channel) {
        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            record(() -> audit.throttled(name, address, channel, wait));
        }
        return wait;
    }

    public Outcome check(String name, String password, String address, String channel) {
        Duration wait = waitBeforeTrying(name, address, channel);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        CredentialValidationResult checked = identityStores.validate(new UsernamePasswordCredential(name, password));
        CredentialValidationResult now = checked.getStatus() == CredentialValidationResult.Status.VALID
                ? accounts.resultFor(checked.getCallerPrincipal().getName(), null)
                : checked;
        if (now.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(name, address);
            record(() -> audit.refused(name, address, channel));
            return new Refused();
        }
        throttle.succeeded(name, address);
        if (!now.getCallerGroups().isEmpty()) {
            agents.signedIn(now.getCallerPrincipal().getName());
        }
        return new Valid(now);
    }
}
