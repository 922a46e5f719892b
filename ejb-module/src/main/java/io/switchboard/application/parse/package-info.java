/**
 * Quick create: natural language to a ticket draft. {@link io.switchboard.application.parse.RuleBasedTicketParser}
 * is the built-in, deterministic {@link io.switchboard.application.parse.TicketParser};
 * {@link io.switchboard.application.parse.ParserPlugins} is the port through which an active parser
 * plugin replaces it, its reading matched against the catalogue by the core.
 */
package io.switchboard.application.parse;
