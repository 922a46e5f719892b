package io.switchboard.plugin.testing;

import io.switchboard.plugin.parse.TicketParserFactory;

/**
 * The TicketParser contract. It checks what every factory owes the host; the issue that fills in
 * this kind adds its behavioural checks here, so every provider gets them.
 */
public abstract class TicketParserContract extends PluginFactoryContract<TicketParserFactory> {

    @Override
    protected Class<? super TicketParserFactory> kind() {
        return TicketParserFactory.class;
    }
}
