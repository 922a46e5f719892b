package io.switchboard.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the server's user registry (users.xml, or LDAP) what an account is now: whether it still
 * exists and which groups it has. Read through the registry's public API by reflection, as
 * {@link RegistryIdentityStore} reads the login's credential, so Switchboard does not compile
 * against server jars. The file registry answers from memory; Liberty caches LDAP answers.
 */
@ApplicationScoped
public class RegistryAccounts {

    private static final Logger LOG = Logger.getLogger(RegistryAccounts.class.getName());
    private static final String REGISTRY = "com.ibm.websphere.security.UserRegistry";
    private static final String HELPER = "com.ibm.wsspi.security.registry.RegistryHelper";
    private static final String NOT_FOUND = "com.ibm.websphere.security.EntryNotFoundException";

    @Inject
    RoleMapping roles;

    /** An account as the registry has it now: its realm and the roles its groups map to (as a login reports them). */
    public record Account(String realm, Set<String> groups) {}

    /** The account now, or empty if the registry no longer knows it. */
    public Optional<Account> find(String username) {
        try {
            Class<?> registryType = Class.forName(REGISTRY);
            Object registry = Class.forName(HELPER)
                    .getMethod("getUserRegistry", String.class)
                    .invoke(null, (Object) null);
            if (!(Boolean) call(registryType, registry, "isValidUser", username)) {
                return Optional.empty();
            }
            String uniqueId = (String) call(registryType, registry, "getUniqueUserId", username);
            Set<String> groups = new LinkedHashSet<>();
            for (Object id : (Collection<?>) call(registryType, registry, "getUniqueGroupIds", uniqueId)) {
                groups.add(groupName(id.toString()));
            }
            String realm = (String) registryType.getMethod("getRealm").invoke(registry);
            return Optional.of(new Account(realm, roles.rolesOf(groups)));
        } catch (InvocationTargetException e) {
            if (!NOT_FOUND.equals(e.getCause().getClass().getName())) {
                // A registry that cannot answer (LDAP down) refuses, as a password login would.
                LOG.log(Level.WARNING, "The user registry could not describe an account: " + e.getCause());
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("The server's user registry API is not reachable", e);
        }
    }

    /**
     * A group as the registry names it: its unique id (a name, or a directory DN, which may hold a
     * {@code /}), or an access id {@code group:<realm>/<unique id>} as a login's credential has it.
     */
    static String groupName(String id) {
        if (id.startsWith("group:")) {
            int slash = id.indexOf('/');
            return slash < 0 ? id.substring("group:".length()) : id.substring(slash + 1);
        }
        return id;
    }

    private static Object call(Class<?> type, Object target, String method, String argument)
            throws ReflectiveOperationException {
        Method m = type.getMethod(method, String.class);
        return m.invoke(target, argument);
    }
}
