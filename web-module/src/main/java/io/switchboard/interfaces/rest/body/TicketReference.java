package io.switchboard.interfaces.rest.body;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stands for a ticket reference in a body shape: an id or a number like TKT-000042. */
@Schema(name = "TicketReference", description = "A ticket id, or its number like TKT-000042")
public final class TicketReference {

    private TicketReference() {}
}
