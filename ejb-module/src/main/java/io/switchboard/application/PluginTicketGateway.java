package io.switchboard.application;

import io.switchboard.application.command.AddComment;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.notify.EventTicket;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.AttachmentStore;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.TicketFile;
import io.switchboard.plugin.TicketGateway;
import io.switchboard.plugin.TicketRequest;
import io.switchboard.plugin.TicketSummary;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The core side of the SPI's {@link TicketGateway}: each call is a transaction of its own through
 * the same lifecycle services as the portal and the API. {@link #forInstance} binds it to one
 * plugin instance, whose name then appears as the actor ({@code plugin:<name>}) in the ticket
 * history, through the channel the plugin kind stands for.
 */
@Stateless
@LocalBean
@Local(TicketGatewayProvider.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PluginTicketGateway implements TicketGatewayProvider {

    @Resource
    SessionContext self;

    @Inject
    TicketService tickets;

    @Inject
    CommentService comments;

    @Inject
    TicketRepository repository;

    @Inject
    DirectoryRepository directory;

    @Inject
    AttachmentStore attachments;

    @Inject
    PortalAddress settings;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TicketGateway forInstance(Origin channel, String instanceName) {
        Actor actor = new Actor("plugin:" + instanceName, channel);
        PluginTicketGateway proxy = self.getBusinessObject(PluginTicketGateway.class);
        return new TicketGateway() {
            @Override
            public TicketSummary create(TicketRequest request) {
                return proxy.create(request, actor);
            }

            @Override
            public void addComment(String ticketNumber, CommentRequest comment) {
                proxy.addComment(ticketNumber, comment, actor);
            }

            @Override
            public Optional<TicketSummary> findByNumber(String ticketNumber) {
                return proxy.findByNumber(ticketNumber);
            }

            @Override
            public Optional<TicketSummary> findByExternalRef(String provider, String externalId) {
                return proxy.findByExternalRef(provider, externalId);
            }

            @Override
            public Optional<TicketFile> file(String ticketNumber, long fileId) {
                return proxy.file(ticketNumber, fileId);
            }
        };
    }

    public TicketSummary create(TicketRequest r, Actor actor) {
        Long contactId = null;
        if (r.requesterEmail() != null) {
            try {
                contactId = directory
                        .contactByEmail(new Email(r.requesterEmail()))
                        .map(Contact::id)
                        .orElse(null);
            } catch (RuntimeException e) {
                contactId = null; // not an address we can use; the ticket is opened without a requester
            }
        }
        CreateTicket command = new CreateTicket(
                r.summary(),
                r.description(),
                r.priority() == null ? null : Keyed.parse(Priority.class, "priority", r.priority()),
                r.type() == null ? null : Keyed.parse(TicketType.class, "type", r.type()),
                null,
                null,
                contactId,
                null,
                null,
                Set.of(),
                null,
                Set.of());
        TicketView created = tickets.create(command, actor);
        Ticket ticket = repository.lock(created.id());
        if (r.externalProvider() != null && r.externalId() != null) {
            ticket.linkExternal(r.externalProvider(), r.externalId(), null, actor, clock);
            repository.store(ticket);
        }
        return summary(ticket, settings.portalUrl());
    }

    public void addComment(String ticketNumber, CommentRequest comment, Actor actor) {
        long id = TicketNumber.parse(ticketNumber).id();
        comments.addByStaff(id, new AddComment(comment.body(), false, comment.internal(), false), actor);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TicketSummary> findByNumber(String ticketNumber) {
        if (!TicketNumber.looksLikeOne(ticketNumber)) {
            return Optional.empty();
        }
        return repository.find(TicketNumber.parse(ticketNumber).id()).map(t -> summary(t, settings.portalUrl()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TicketSummary> findByExternalRef(String provider, String externalId) {
        return repository.findByExternalRef(provider, externalId).map(t -> summary(t, settings.portalUrl()));
    }

    /** Only a file sent with a comment: those are what notifications list, and all a notifier may read. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TicketFile> file(String ticketNumber, long fileId) {
        if (!TicketNumber.looksLikeOne(ticketNumber)) {
            return Optional.empty();
        }
        long ticketId = TicketNumber.parse(ticketNumber).id();
        return attachments
                .find(fileId)
                .filter(a -> a.ticketId() == ticketId && a.commentId() != null)
                .map(a -> new TicketFile(a.id(), a.filename(), a.contentType(), attachments.read(fileId)));
    }

    /** A ticket as plugins see it. */
    public static TicketSummary summary(Ticket t, String portalUrl) {
        return summary(EventTicket.of(t, portalUrl));
    }

    /** The plugin API's record of the core's event ticket: the same fields, field by field. */
    public static TicketSummary summary(EventTicket t) {
        return new TicketSummary(
                t.id(),
                t.number(),
                t.summary(),
                t.status(),
                t.statusCategory(),
                t.priority(),
                t.type(),
                t.assignee(),
                t.requesterName(),
                t.requesterEmail(),
                t.company(),
                t.board(),
                t.deadlineAt(),
                t.externalProvider(),
                t.externalId(),
                t.url());
    }
}
