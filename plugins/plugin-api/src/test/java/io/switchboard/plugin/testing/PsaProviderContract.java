package io.switchboard.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaProviderFactory;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.psa.RemoteNote;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PsaProvider contract: what the host's sync engine relies on from every provider, checked
 * against a live remote (an emulator): boards in the catalogue, pulls per board oldest change
 * first across pages without duplicates, fetch with notes, a create found again by its key and
 * never made twice, notes pushed with their visibility.
 */
public abstract class PsaProviderContract extends PluginFactoryContract<PsaProviderFactory> {

    private PsaProvider provider;

    @Override
    protected Class<? super PsaProviderFactory> kind() {
        return PsaProviderFactory.class;
    }

    /** A configuration that reaches the live remote; the valid one by default. */
    protected PluginConfig liveConfig() {
        return validConfig();
    }

    /** A remote board with a few dozen tickets. */
    protected abstract String boardId();

    /** A create the remote accepts, on {@link #boardId()}. */
    protected abstract PsaOperation.Create sampleCreate(String idempotencyKey);

    /** A remote ticket id that does not exist. */
    protected String missingTicketId() {
        return "987654321";
    }

    /**
     * True when the remote can sort by last update, so a pull pass comes oldest change first
     * (ConnectWise); false when it answers in its own stable order, by id (Autotask). The host
     * moves a board's watermark only after a complete pass, so either order is safe.
     */
    protected boolean ordersByLastUpdate() {
        return true;
    }

    protected PsaProvider provider() {
        return provider;
    }

    @BeforeEach
    void createProvider() throws Exception {
        PluginConfig config = liveConfig();
        provider = factory().create(TestPluginContext.live(config), config);
    }

    @AfterEach
    void closeProvider() throws Exception {
        provider.close();
    }

    @Test
    void listsTheBoardInTheCatalogue() throws Exception {
        List<CatalogEntry> boards = provider.catalog(CatalogKind.BOARD, null, null, 1);
        assertTrue(boards.stream().anyMatch(b -> b.id().equals(boardId())), "boards: " + boards);
    }

    @Test
    void pullsABoardInOrderAcrossPagesWithoutDuplicates() throws Exception {
        PullCursor cursor = PullCursor.since(boardId(), null);
        Set<String> seen = new HashSet<>();
        Instant last = Instant.MIN;
        long lastId = Long.MIN_VALUE;
        int pages = 0;
        while (cursor != null && pages++ < 200) {
            PullPage page = provider.pull(cursor, 7);
            for (PsaTicket t : page.tickets()) {
                assertTrue(seen.add(t.id()), "pulled twice: " + t.id());
                assertNotNull(t.updatedAt(), "updatedAt of " + t.id());
                if (ordersByLastUpdate()) {
                    assertFalse(t.updatedAt().isBefore(last), "out of order at " + t.id());
                } else {
                    assertTrue(Long.parseLong(t.id()) > lastId, "not in id order at " + t.id());
                    lastId = Long.parseLong(t.id());
                }
                assertEquals(boardId(), t.board().id());
                last = t.updatedAt();
            }
            cursor = page.next();
        }
        assertTrue(pages > 1, "a board of a few dozen tickets takes several pages of 7");
        assertFalse(seen.isEmpty());
    }

    @Test
    void fetchesATicketWithItsNotesAndSaysWhenOneIsMissing() throws Exception {
        PsaTicket first =
                provider.pull(PullCursor.since(boardId(), null), 1).tickets().get(0);
        PsaTicket fetched = provider.fetch(first.id()).orElseThrow();
        assertEquals(first.id(), fetched.id());
        assertNotNull(fetched.notes());
        assertEquals(Optional.empty(), provider.fetch(missingTicketId()));
    }

    @Test
    void aCreateIsFoundByItsKeyAndNeverMadeTwice() throws Exception {
        String key = "sb-contract-" + UUID.randomUUID();
        assertEquals(Optional.empty(), provider.findCreated(key));
        PushOutcome first = provider.push(new PsaPush("e1", null, null, List.of(sampleCreate(key))));
        assertEquals(PushOutcome.Outcome.APPLIED, first.outcome(), first.detail());
        assertNotNull(first.remoteId());
        assertEquals(Optional.of(first.remoteId()), provider.findCreated(key));
        PushOutcome again = provider.push(new PsaPush("e1", null, null, List.of(sampleCreate(key))));
        assertEquals(PushOutcome.Outcome.ALREADY_APPLIED, again.outcome());
        assertEquals(first.remoteId(), again.remoteId());
    }

    @Test
    void pushesANoteWithItsVisibilityAndMapsItsId() throws Exception {
        String remoteId = provider.pull(PullCursor.since(boardId(), null), 1)
                .tickets()
                .get(0)
                .id();
        String text = "Contract note " + UUID.randomUUID();
        PushOutcome outcome = provider.push(new PsaPush(
                "e2", remoteId, null, List.of(new PsaOperation.AddNote("c-1", text, NoteVisibility.INTERNAL))));
        assertEquals(PushOutcome.Outcome.APPLIED, outcome.outcome(), outcome.detail());
        String noteId = outcome.createdIds().get("c-1");
        assertNotNull(noteId, "created ids: " + outcome.createdIds());
        RemoteNote note = provider.notes(remoteId, null).stream()
                .filter(n -> n.id().equals(noteId))
                .findFirst()
                .orElseThrow();
        assertEquals(text, note.text());
        assertEquals(NoteVisibility.INTERNAL, note.visibility());
    }
}
