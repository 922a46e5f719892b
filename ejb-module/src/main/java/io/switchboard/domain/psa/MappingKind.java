package io.switchboard.domain.psa;

/** What a mapping translates; statuses are per remote board, the rest per connection. */
public enum MappingKind {
    STATUS,
    PRIORITY,
    MEMBER,
    COMPANY
}
