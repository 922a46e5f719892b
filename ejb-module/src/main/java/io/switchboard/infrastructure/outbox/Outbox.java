package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.EventOutbox;
import io.switchboard.domain.ticket.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Appends domain events to the outbox table inside the caller's transaction. */
@ApplicationScoped
public class Outbox implements EventOutbox {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The column holds 4000 characters; longer data values are cut, the ticket itself stays the source of truth. */
    private static final int VALUE_MAX = 500;

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public void append(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            em.persist(new OutboxEvent(
                    UUID.randomUUID().toString(),
                    event.type(),
                    event.ticketId(),
                    event.ticketNumber(),
                    event.actor().name(),
                    event.actor().origin(),
                    event.occurredAt(),
                    payload(event)));
        }
    }

    private static String payload(DomainEvent event) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        event.data().forEach((k, v) -> data.add(k, v.length() > VALUE_MAX ? v.substring(0, VALUE_MAX) : v));
        return data.build().toString();
    }
}
