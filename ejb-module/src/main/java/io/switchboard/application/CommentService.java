package io.switchboard.application;

import io.switchboard.application.command.AddComment;
import io.switchboard.application.command.AddReply;
import io.switchboard.application.command.NewFile;
import io.switchboard.application.view.CommentView;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.Attachment;
import io.switchboard.domain.ticket.AttachmentStore;
import io.switchboard.domain.ticket.CommentDraft;
import io.switchboard.domain.ticket.CommentRepository;
import io.switchboard.domain.ticket.MessageBody;
import io.switchboard.domain.ticket.ReplyRecipients;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketComment;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Replies to the requester and internal notes between staff. */
@Stateless
public class CommentService {

    @Inject
    TicketRepository tickets;

    @Inject
    CommentRepository comments;

    @Inject
    AttachmentStore attachments;

    @Inject
    AttachmentService attachmentService;

    @Inject
    DirectoryRepository directory;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    /** A comment by a member of staff; their agent record, if they have one, is the author. */
    public CommentView addByStaff(long ticketId, AddComment command, Actor actor) {
        return addReply(
                ticketId,
                new AddReply(
                        command.body(),
                        command.html() ? "html" : "text",
                        command.internal(),
                        command.solution(),
                        null,
                        null),
                actor);
    }

    /** A reply or note in any of the formats, a public reply with its To and Cc. */
    public CommentView addReply(long ticketId, AddReply command, Actor actor) {
        if (command.solution() && command.internal()) {
            throw new InvalidInputException("solution", "an internal note cannot be the solution the requester sees");
        }
        MessageBody body = switch (command.format()) {
            case "html" -> richText.fromHtml(command.body());
            case "markdown" -> richText.fromMarkdown(command.body());
            case "text" -> richText.fromText(command.body());
            default -> throw new InvalidInputException("format", "must be one of: text, markdown, html");
        };
        ReplyRecipients recipients = new ReplyRecipients(
                ReplyRecipients.parse("to", command.to()), ReplyRecipients.parse("cc", command.cc()));
        Agent agent = directory.agentByUsername(actor.name()).orElse(null);
        CommentDraft draft = new CommentDraft(
                body,
                command.internal(),
                command.solution(),
                actor,
                agent == null ? actor.name() : agent.displayName(),
                agent == null ? null : agent.id(),
                null,
                null);
        Ticket ticket = tickets.lock(ticketId);
        List<Attachment> files = filesToSend(ticketId, command.attachments());
        TicketComment comment = comments.add(ticket.comment(draft, recipients, command.attachments(), actor, clock));
        files.forEach(f -> f.sendWith(comment.id()));
        tickets.store(ticket);
        return TicketViews.of(comment);
    }

    /**
     * A reply with files that are new to the ticket, in one transaction: the ticket gets the files
     * and the reply that sends them, or neither.
     */
    public CommentView addReply(long ticketId, AddReply command, List<NewFile> files, Actor actor) {
        List<Long> ids = new ArrayList<>(command.attachments());
        for (NewFile f : files) {
            ids.add(attachmentService
                    .upload(ticketId, f.name(), f.content(), actor)
                    .id());
        }
        return addReply(ticketId, command.withAttachments(ids), actor);
    }

    /** The ticket's own files; any other is refused, and the transaction with it: nothing is written. */
    private List<Attachment> filesToSend(long ticketId, List<Long> ids) {
        if (ids.size() > AddReply.MAX_ATTACHMENTS) {
            throw new InvalidInputException("attachments", "at most " + AddReply.MAX_ATTACHMENTS + " files a comment");
        }
        List<Attachment> files = new ArrayList<>();
        for (long id : ids) {
            // one sent with another comment already is refused by Attachment.sendWith, and the reply rolled back
            files.add(attachments
                    .find(id)
                    .filter(a -> a.ticketId() == ticketId)
                    .orElseThrow(() -> new UnprocessableException(
                            "attachments", "file " + id + " is not an attachment of this ticket")));
        }
        return files;
    }

    public List<CommentView> list(long ticketId, boolean includeInternal) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        return comments.forTicket(ticketId, includeInternal).stream()
                .map(TicketViews::of)
                .toList();
    }
}
