package io.switchboard.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks a user name and password against the server's user registry (the basic registry in
 * users.xml, or LDAP in production) through the server's standard JAAS login, so the registry
 * stays the one source of users and groups whatever is configured. The result names the
 * registry's realm, and the roles its groups map to ({@link RoleMapping}), so they match the role
 * bindings in server.xml.
 */
@ApplicationScoped
public class RegistryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(RegistryIdentityStore.class.getName());

    /** The server's JAAS configuration for programmatic logins against the configured registry. */
    private static final String LOGIN_CONFIGURATION = "system.DEFAULT";

    @Inject
    RoleMapping roles;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = login.getPasswordAsString();
        if (password.isEmpty() || !password.equals(password.trim())) {
            // The server's registry trims a password before it compares the hash, so "secret " and
            // "secret\0" would pass for "secret". A password is compared as typed or not at all.
            return CredentialValidationResult.INVALID_RESULT;
        }
        Subject subject = new Subject();
        try {
            new LoginContext(LOGIN_CONFIGURATION, subject, callbacks -> answer(callbacks, login)).login();
        } catch (LoginException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        RegistryIdentity identity = RegistryIdentity.of(subject);
        return new CredentialValidationResult(
                identity.realm(), login.getCaller(), null, login.getCaller(), roles.rolesOf(identity.groups()));
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        // Groups come with the validation above; asked separately (a token login), there are none to add.
        return validationResult.getCallerGroups();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    private static void answer(Callback[] callbacks, UsernamePasswordCredential login) {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(login.getCaller());
            } else if (callback instanceof PasswordCallback password) {
                password.setPassword(login.getPassword().getValue());
            }
        }
    }

    /**
     * The realm and group names the server's login put into the subject. The server describes
     * them in its own credential type; it is read by its public getters, so Switchboard does not
     * compile against server internals.
     */
    record RegistryIdentity(String realm, Set<String> groups) {

        static RegistryIdentity of(Subject subject) {
            for (Object credential : subject.getPublicCredentials()) {
                try {
                    Method realm = credential.getClass().getMethod("getRealmName");
                    Method groupIds = credential.getClass().getMethod("getGroupIds");
                    Set<String> groups = new LinkedHashSet<>();
                    for (Object id : (Collection<?>) groupIds.invoke(credential)) {
                        groups.add(RegistryAccounts.groupName(id.toString())); // group:<realm>/<name or DN>
                    }
                    return new RegistryIdentity((String) realm.invoke(credential), Set.copyOf(groups));
                } catch (ReflectiveOperationException | ClassCastException e) {
                    LOG.log(
                            Level.FINE,
                            "Not the server's credential type: "
                                    + credential.getClass().getName(),
                            e);
                }
            }
            return new RegistryIdentity(null, Set.of());
        }
    }
}
