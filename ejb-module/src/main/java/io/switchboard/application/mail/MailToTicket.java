package io.switchboard.application.mail;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.RichText;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.mail.BoardMailRules;
import io.switchboard.domain.mail.InboundMail;
import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.mail.UndeliverableAddresses;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.CommentDraft;
import io.switchboard.domain.ticket.CommentRepository;
import io.switchboard.domain.ticket.LinkRepository;
import io.switchboard.domain.ticket.LinkType;
import io.switchboard.domain.ticket.MessageBody;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketComment;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what one stored message becomes, inside the caller's transaction: nothing (automatic
 * mail), a bounce note, a reply on the ticket it continues, an agent's reply or note, a new ticket
 * (linked to the one it named when the sender may not write there), or quarantine.
 */
@ApplicationScoped
public class MailToTicket {

    /** A new ticket's description text comes first; its inline images need the ticket, so its HTML follows. */
    private static final MailContent.Files NO_FILES_YET = new MailContent.Files(List.of(), java.util.Map.of());

    @Inject
    MailParser parser;

    @Inject
    OurMessageIds ours;

    @Inject
    MailThreads threads;

    @Inject
    MailPeople people;

    @Inject
    MailContent content;

    @Inject
    Bounces bounces;

    @Inject
    InboundMailRepository mails;

    @Inject
    UndeliverableAddresses undeliverable;

    @Inject
    BoardMailRules boardRules;

    @Inject
    TicketService ticketService;

    @Inject
    TicketRepository tickets;

    @Inject
    CommentRepository comments;

    @Inject
    LinkRepository links;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    @Inject
    AttachmentService attachments;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    void make(InboundMail mail, byte[] raw, MailboxSettings settings) {
        ParsedMail m;
        try {
            m = parser.parse(raw);
        } catch (MailParser.UnreadableMail e) {
            mail.quarantine(e.getMessage(), clock.instant());
            return;
        }
        mail.describe(m.from() == null ? null : m.from().email(), m.subject());
        if (m.from() == null) {
            mail.quarantine("the message has no usable sender address (From)", clock.instant());
            return;
        }
        Optional<AutomaticMail.Verdict> automatic = AutomaticMail.classify(m, ours);
        if (automatic.isPresent()) {
            AutomaticMail.Verdict v = automatic.get();
            if (v.kind() == AutomaticMail.Kind.BOUNCE) {
                bounces.record(mail, m, v.reason());
            } else {
                mail.ignored(v.kind().name().toLowerCase(), v.reason(), null, clock.instant());
            }
            return;
        }
        if (m.messageId() != null) {
            Optional<InboundMail> elsewhere =
                    mails.onTicketByMessageId(m.messageId()).filter(other -> other.mailboxId() != mail.mailboxId());
            if (elsewhere.isPresent()) {
                mail.ignored(
                        "duplicate",
                        "the same message came in through another mailbox and is on its ticket already",
                        elsewhere.get().ticketId(),
                        clock.instant());
                return;
            }
        }
        undeliverable.clear(m.from().email()); // a person wrote from it: the address works, whatever bounced before
        Optional<MailThread> thread = threads.find(m, settings);
        Optional<Agent> agent = people.agent(m.from().email());
        if (agent.isPresent() && thread.isPresent()) {
            MailThread t = thread.get();
            if (t.reference() == null || !ours.issuedTo(t.reference(), m.from().email())) {
                mail.quarantine(
                        "sent from the staff address " + m.from().email() + " to "
                                + t.ticket().number()
                                + ", but not in answer to a message we sent to that address; staff answer by"
                                + " replying to their notification (a forged sender is never let in)",
                        clock.instant());
                return;
            }
            staffReply(mail, m, t.ticket(), agent.get(), settings);
            return;
        }
        MailPeople.Budget budget = people.budget(settings.maxNewContacts());
        Contact requester = people.contactFor(m.requester(), budget);
        if (thread.isPresent()) {
            Ticket t = thread.get().ticket();
            boolean mayWrite = thread.get().signed() || people.belongsTo(t, m.from(), requester);
            if (mayWrite && !t.status().category().isDone()) {
                reply(mail, m, t, requester);
                return;
            }
            Long board = t.board() == null ? null : t.board().id();
            if (mayWrite && boardRules.afterClose(board).reopens(t.status().category()) && reopen(t)) {
                reply(mail, m, t, requester);
                return;
            }
            Ticket fresh = open(mail, m, requester, settings, budget);
            link(fresh, t, requester);
            mail.processed(mayWrite ? "follow-up" : "ticket-linked", fresh.id(), null, clock.instant());
            return;
        }
        Ticket fresh = open(mail, m, requester, settings, budget);
        mail.processed("ticket", fresh.id(), null, clock.instant());
    }

    private Ticket open(
            InboundMail mail, ParsedMail m, Contact requester, MailboxSettings settings, MailPeople.Budget budget) {
        Actor actor = Actor.requester(requester.email().value(), Origin.EMAIL);
        MailContent.Body body = content.body(m, NO_FILES_YET);
        Long boardId = settings.board() == null
                ? null
                : directory.boardByName(settings.board()).map(Board::id).orElse(null);
        Set<Long> watchers = new LinkedHashSet<>();
        for (MailAddress cc : m.cc()) {
            people.agent(cc.email()).filter(Agent::isActive).ifPresent(a -> watchers.add(a.id()));
        }
        var view = ticketService.create(
                new CreateTicket(
                        content.summary(m),
                        body.message().text(),
                        settings.priority(),
                        null,
                        null,
                        requester.company() == null ? null : requester.company().id(),
                        requester.id(),
                        null,
                        boardId,
                        Set.of(),
                        null,
                        watchers),
                actor);
        Ticket ticket = tickets.lock(view.id());
        people.watchFromCc(ticket, m, requester, budget);
        MailContent.Files files = content.saveFiles(ticket.id(), m, actor);
        if (m.html() != null) {
            ticket.showDescriptionAs(content.body(m, files).message().safeHtml()); // its images are files by now
            tickets.store(ticket);
        }
        noteRefused(ticket, files);
        return ticket;
    }

    private void reply(InboundMail mail, ParsedMail m, Ticket ticket, Contact requester) {
        Actor actor = Actor.requester(requester.email().value(), Origin.EMAIL);
        MailContent.Files files = content.saveFiles(ticket.id(), m, actor);
        MailContent.Body body = content.body(m, files);
        Ticket locked = tickets.lock(ticket.id());
        TicketComment comment = comments.add(locked.comment(
                new CommentDraft(
                        body.message(), false, false, actor, requester.name(), null, requester.id(), m.messageId()),
                actor,
                clock));
        if (locked.status().category() == StatusCategory.PENDING) {
            openStatus().ifPresent(open -> {
                if (locked.status().allows(open)) {
                    locked.transitionTo(open, actor, clock); // the requester answered: back to the desk
                }
            });
        }
        people.watchFromCcOnReply(locked, m, requester);
        tickets.store(locked);
        noteRefused(locked, files);
        mail.processed("reply", locked.id(), comment.id(), clock.instant());
    }

    private void staffReply(InboundMail mail, ParsedMail m, Ticket ticket, Agent agent, MailboxSettings settings) {
        Actor actor = Actor.staff(agent.username(), Origin.EMAIL);
        MailContent.Files files = content.saveFiles(ticket.id(), m, actor);
        MailContent.Body body = content.body(m, files);
        String text = body.message().text();
        boolean internal = settings.internalMarker() != null
                && !settings.internalMarker().isBlank()
                && text.stripLeading().startsWith(settings.internalMarker());
        MessageBody message = internal
                ? richText.fromText(
                        text.stripLeading()
                                        .substring(settings.internalMarker().length())
                                        .isBlank()
                                ? "(empty note)"
                                : text.stripLeading()
                                        .substring(settings.internalMarker().length()))
                : body.message();
        Ticket locked = tickets.lock(ticket.id());
        TicketComment comment = comments.add(locked.comment(
                new CommentDraft(message, internal, false, actor, agent.displayName(), agent.id(), null, m.messageId()),
                actor,
                clock));
        tickets.store(locked);
        noteRefused(locked, files);
        mail.processed(internal ? "agent-note" : "agent-reply", locked.id(), comment.id(), clock.instant());
    }

    /** The message's files left off the ticket are named in an internal note, so none vanish unseen. */
    private void noteRefused(Ticket locked, MailContent.Files files) {
        List<String> refused = files.refused();
        if (refused.isEmpty()) {
            return;
        }
        String text =
                "Files of this email left off the ticket (the raw message keeps them): " + String.join("; ", refused);
        comments.add(locked.comment(
                new CommentDraft(richText.fromText(text), true, false, Actor.SYSTEM, "Mail intake", null, null, null),
                Actor.SYSTEM,
                clock));
        tickets.store(locked);
    }

    private boolean reopen(Ticket ticket) {
        Optional<WorkflowStatus> open = openStatus();
        if (open.isEmpty() || !ticket.status().allows(open.get())) {
            return false;
        }
        Ticket locked = tickets.lock(ticket.id());
        locked.transitionTo(open.get(), Actor.SYSTEM, clock);
        tickets.store(locked);
        return true;
    }

    private Optional<WorkflowStatus> openStatus() {
        return workflow.byKey("open")
                .filter(WorkflowStatus::isActive)
                .or(() -> workflow.statuses().stream()
                        .filter(s -> s.isActive() && s.category() == StatusCategory.OPEN)
                        .findFirst());
    }

    private void link(Ticket fresh, Ticket named, Contact requester) {
        Actor actor = Actor.requester(requester.email().value(), Origin.EMAIL);
        Ticket other = tickets.lock(named.id());
        links.add(fresh.linkTo(other, LinkType.RELATED, actor, clock));
        tickets.store(fresh);
        tickets.store(other);
    }
}
