package io.switchboard.application.notify;

import io.switchboard.domain.ticket.DomainEvent;
import java.util.List;

/**
 * Where the application writes events that no aggregate recorded (an SLA alert, say), inside the
 * caller's transaction: delivered to subscribers exactly as the aggregates' own events are.
 */
public interface EventOutbox {

    void append(List<DomainEvent> events);
}
