package io.switchboard.application.mail;

import io.switchboard.domain.ticket.Ticket;

/**
 * The ticket a message belongs to, and how sure we are: {@code signed} when it answers one of our
 * own messages or one stored on the ticket (anyone who has that Message-ID was in the
 * conversation), otherwise only named (a subject tag, a PSA number, our unsigned thread id),
 * which counts only for the requester, watchers and staff.
 *
 * @param reference our signed reference the message answers, when it answers one
 */
public record MailThread(Ticket ticket, boolean signed, OurMessageIds.Reference reference, String via) {}
