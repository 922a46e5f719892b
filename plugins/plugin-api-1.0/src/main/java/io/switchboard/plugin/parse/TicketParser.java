package io.switchboard.plugin.parse;

/** Turns a sentence like "printer on 3rd floor down since 9am, urgent" into a ticket draft. */
public interface TicketParser extends AutoCloseable {

    ParsedTicket parse(String text) throws Exception;

    @Override
    default void close() {}
}
