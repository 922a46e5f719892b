package io.switchboard.domain.mail;

import java.util.List;
import java.util.Optional;

/** Storage of inbound messages and their raw bytes. */
public interface InboundMailRepository {

    /** Stores a new message with its raw bytes, giving it its id. */
    InboundMail add(InboundMail mail, byte[] raw);

    Optional<InboundMail> find(long id);

    /** Locked for this transaction, so that two workers never make the same message twice. */
    Optional<InboundMail> lock(long id);

    /** Every message of the mailbox with this Message-ID (normally one). */
    List<InboundMail> byMessageId(long mailboxId, String messageId);

    Optional<InboundMail> byKey(long mailboxId, String dedupeKey);

    /** The message last seen at this place on the server. */
    Optional<InboundMail> at(long mailboxId, long uidValidity, long uid);

    /** A message taken in by any mailbox under this Message-ID that became part of a ticket. */
    Optional<InboundMail> onTicketByMessageId(String messageId);

    byte[] raw(long id);

    /** The Message-ID of the last message taken in on the ticket, for our answer to thread under it. */
    Optional<String> lastMessageIdOnTicket(long ticketId);

    /** Stored but not yet processed, oldest first. */
    List<Long> waiting(long mailboxId, int max);

    /** Newest first; {@code state} and {@code mailboxId} null for all. */
    List<InboundMail> inState(MailState state, Long mailboxId, int first, int max);

    long count(MailState state, Long mailboxId);

    Optional<MailCursorState> cursor(long mailboxId);

    MailCursorState saveCursor(MailCursorState cursor);

    /** How the mailbox's reads went lately, a new record when it was never read. */
    MailboxPollState pollState(long mailboxId);

    /** The read records of these mailboxes that exist. */
    List<MailboxPollState> pollStates(List<Long> mailboxIds);
}
