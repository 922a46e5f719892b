/**
 * Full-text search over tickets: the port the list asks ({@link TicketSearch}) and what it
 * answers. The engine behind it lives in infrastructure.
 */
package io.switchboard.application.search;
