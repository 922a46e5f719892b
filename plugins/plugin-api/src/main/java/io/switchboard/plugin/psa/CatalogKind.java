package io.switchboard.plugin.psa;

/**
 * What a catalogue call lists, for the mapping editors and pickers. STATUS takes a board id as
 * its parent; CONFIGURATION takes a remote ticket id.
 *
 * @since 1.1
 */
public enum CatalogKind {
    BOARD,
    STATUS,
    PRIORITY,
    MEMBER,
    ROLE,
    COMPANY,
    CONTACT,
    TICKET_TYPE,
    QUEUE,
    CONFIGURATION
}
