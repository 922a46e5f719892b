package io.switchboard.plugin.parse;

import io.switchboard.plugin.PluginFactory;

/** Creates {@link TicketParser}s. Listed in {@code META-INF/services/io.switchboard.plugin.parse.TicketParserFactory}. */
public interface TicketParserFactory extends PluginFactory<TicketParser> {}
