/**
 * Quick create: natural language to a ticket draft. {@link io.switchboard.application.parse.TicketParser}
 * is the port a plugin can fill; {@link io.switchboard.application.parse.RuleBasedTicketParser} is
 * the built-in, deterministic default.
 */
package io.switchboard.application.parse;
