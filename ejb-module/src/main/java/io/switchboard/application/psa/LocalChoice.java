package io.switchboard.application.psa;

/** A local value a remote one can be mapped to: a status key, a priority key, an agent or company id; and its name. */
public record LocalChoice(String value, String label) {}
