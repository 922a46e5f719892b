package io.switchboard.interfaces.web.panel;

/** One tab of the ticket panel: what it shows is read again whenever the panel loads the ticket. */
interface PanelTab {

    /** A ticket was opened in the panel: forget what was typed for the previous one. */
    void reset();

    /** Reads this tab's part of the ticket, keeping what the user has typed. */
    void load(long ticketId);
}
