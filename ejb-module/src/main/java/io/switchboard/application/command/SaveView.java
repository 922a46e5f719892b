package io.switchboard.application.command;

import java.util.List;

/** A view as written; {@code query} has been checked by the list's parser; shared views are for supervisors to write. */
public record SaveView(String name, String query, List<String> columns, boolean shared) {}
