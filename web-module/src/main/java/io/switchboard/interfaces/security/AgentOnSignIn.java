package io.switchboard.interfaces.security;

import io.switchboard.application.DirectoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Gives directory staff an agent record at their first sign-in, so that "me", assignment and
 * watching work for them without an admin adding each one.
 * On where {@code switchboard.agents.create-on-sign-in} is true (ldap.xml sets it); the file
 * registry's demo users have seeded records and admins add the others.
 */
@ApplicationScoped
public class AgentOnSignIn {

    private static final Logger LOG = Logger.getLogger(AgentOnSignIn.class.getName());

    @Inject
    Config config;

    @Inject
    DirectoryService directory;

    /** After a password was checked: a staff login without a record gets one. */
    void signedIn(String username) {
        if (!config.getOptionalValue("switchboard.agents.create-on-sign-in", Boolean.class)
                .orElse(false)) {
            return;
        }
        try {
            directory.staffSignedIn(username);
        } catch (RuntimeException e) {
            // A record that cannot be written (a login name no record may have, the database away, a twin sign-in
            // that made it first) costs the record, never the sign-in.
            LOG.log(Level.WARNING, "No agent record could be kept for the login " + username + ": " + e);
        }
    }
}
