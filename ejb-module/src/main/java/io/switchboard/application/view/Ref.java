package io.switchboard.application.view;

/** A reference to a catalogue entry (company, board, category) by id with its display name. */
public record Ref(long id, String name) {}
