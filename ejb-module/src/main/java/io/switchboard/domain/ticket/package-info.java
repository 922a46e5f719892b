/**
 * The ticket aggregate: the ticket with its workflow position, SLA clock and audit trail, and
 * the parts that hang off it (comments, tasks, links, attachments).
 */
package io.switchboard.domain.ticket;
