package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.TicketGateway;
import io.switchboard.plugin.TicketRequest;
import io.switchboard.plugin.TicketSummary;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpiFacadeTest {

    private final PluginClassLoader pluginLoader = new PluginClassLoader(
            "test-plugin",
            SpiFacadeTest.class.getResource("/"),
            new SpiOnlyClassLoader(getClass().getClassLoader()));

    /** A host gateway with a method beyond the SPI, as the application's classes have. */
    public static final class HostGateway implements TicketGateway {
        String lastComment;

        @Override
        public TicketSummary create(TicketRequest request) {
            throw new HostOnlyException("no requester", new IllegalStateException("internal"));
        }

        @Override
        public void addComment(String ticketNumber, CommentRequest comment) {
            lastComment = ticketNumber + ":" + comment.body();
        }

        @Override
        public Optional<TicketSummary> findByNumber(String ticketNumber) {
            throw new IllegalArgumentException("not a ticket number: " + ticketNumber);
        }

        @Override
        public Optional<TicketSummary> findByExternalRef(String provider, String externalId) {
            return Optional.empty();
        }

        public void addCommentAs(String actor) {
            lastComment = actor;
        }
    }

    static final class HostOnlyException extends RuntimeException {
        HostOnlyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void theFacadeIsDefinedInThePluginsLoaderAndOffersTheSpiOnly() throws Exception {
        HostGateway host = new HostGateway();
        TicketGateway facade = SpiFacade.wrap(TicketGateway.class, host, pluginLoader);

        assertSame(pluginLoader, facade.getClass().getClassLoader());
        assertThrows(
                ClassNotFoundException.class,
                () -> facade.getClass().getClassLoader().loadClass(SecretBox.class.getName()));
        assertFalse(facade instanceof HostGateway);
        assertThrows(NoSuchMethodException.class, () -> facade.getClass().getMethod("addCommentAs", String.class));

        facade.addComment("TKT-000001", new CommentRequest("hello", true));
        assertEquals("TKT-000001:hello", host.lastComment);
        assertEquals(Optional.empty(), facade.findByExternalRef("cw", "1"));
        assertTrue(facade.toString().contains("TicketGateway"));
        assertFalse(facade.toString().contains("HostGateway"));
    }

    @Test
    void hostExceptionsArriveAsJdkExceptionsWithTheirMessageOnly() {
        TicketGateway facade = SpiFacade.wrap(TicketGateway.class, new HostGateway(), pluginLoader);

        RuntimeException hostOnly = assertThrows(RuntimeException.class, () -> facade.create(null));
        assertEquals(IllegalStateException.class, hostOnly.getClass());
        assertEquals("no requester", hostOnly.getMessage());
        assertNull(hostOnly.getCause());

        IllegalArgumentException jdk = assertThrows(IllegalArgumentException.class, () -> facade.findByNumber("x"));
        assertEquals("not a ticket number: x", jdk.getMessage());
    }

    @Test
    void outsideAPluginCallNothingIsWrapped() {
        HostGateway host = new HostGateway();
        assertSame(host, SpiFacade.forCurrentPlugin(TicketGateway.class, host));
    }
}
