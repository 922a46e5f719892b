/**
 * The slide-out ticket panel: {@link io.switchboard.interfaces.web.panel.TicketPanel} holds the
 * open ticket, its loaded version and the header's actions; each tab is a bean of its own that
 * reads its part when the panel loads and asks the panel to refresh after its own change.
 */
package io.switchboard.interfaces.web.panel;
