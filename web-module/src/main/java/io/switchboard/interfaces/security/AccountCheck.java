package io.switchboard.interfaces.security;

import io.switchboard.application.DirectoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an account may do now, asked at every request whatever the credential: a password checked
 * a minute ago, a token made last year or a portal session. Roles removed in the registry, an
 * account deleted from it, or an agent record switched off take effect on the next request.
 */
@ApplicationScoped
public class AccountCheck {

    @Inject
    RegistryAccounts registry;

    @Inject
    DirectoryService directory;

    /** The account now; empty when the registry no longer knows it or staff switched it off. */
    public Optional<RegistryAccounts.Account> current(String username) {
        Optional<RegistryAccounts.Account> account = registry.find(username);
        if (account.isEmpty() || directory.isLoginDisabled(username)) {
            return Optional.empty();
        }
        return account;
    }

    /** The login as the container should know it now: the registry's current groups, cut to {@code scope} if given. */
    public CredentialValidationResult resultFor(String username, Set<String> scope) {
        return current(username)
                .map(a -> new CredentialValidationResult(
                        a.realm(),
                        username,
                        null,
                        username,
                        scope == null ? a.groups() : intersection(a.groups(), scope)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> intersection(Set<String> groups, Set<String> scope) {
        Set<String> both = new LinkedHashSet<>(groups);
        both.retainAll(scope);
        return Set.copyOf(both);
    }
}
