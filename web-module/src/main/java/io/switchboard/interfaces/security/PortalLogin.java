package io.switchboard.interfaces.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.Serializable;
import java.util.Set;

/** Who is logged in to the portal, kept in the HTTP session between requests. */
public record PortalLogin(String realm, String name, Set<String> groups) implements Serializable {

    public static final String ATTRIBUTE = "switchboard.login";

    static PortalLogin of(CredentialValidationResult result) {
        return new PortalLogin(
                result.getIdentityStoreId(),
                result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()));
    }

    CredentialValidationResult toResult() {
        return new CredentialValidationResult(realm, name, null, name, groups);
    }
}
