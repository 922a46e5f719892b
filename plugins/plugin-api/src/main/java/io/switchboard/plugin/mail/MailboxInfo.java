package io.switchboard.plugin.mail;

import java.util.List;
import java.util.Set;

/**
 * What a mailbox offers, for the admin page's folder picker and for the host's scheduling:
 * every folder the account can select, the configured folder's UIDVALIDITY and message count,
 * and the server's capabilities in upper case ({@code IDLE}, {@code MOVE}, {@code UIDPLUS},
 * {@code CONDSTORE}, ...).
 *
 * @since 1.1
 */
public record MailboxInfo(
        List<String> folders, String folder, long uidValidity, long messages, Set<String> capabilities) {

    public static final String IDLE = "IDLE";
    public static final String MOVE = "MOVE";

    public MailboxInfo {
        folders = folders == null ? List.of() : List.copyOf(folders);
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
    }

    public boolean supports(String capability) {
        return capabilities.contains(capability);
    }
}
