package io.switchboard.application.psa;

import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Connections' boards and mappings, the catalogue behind the mapping editors, and the sync log. */
@Stateless
public class PsaAdministration {

    public static final int MAX_PAGE = 100;

    @Inject
    PsaConnector connector;

    @Inject
    PsaSyncRepository sync;

    @Inject
    CatalogCache catalog;

    @Inject
    SyncRunner runner;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    public List<ConnectionView> connections() {
        return connector.connections().stream().map(this::view).toList();
    }

    public ConnectionView connection(long id) {
        return view(find(id));
    }

    /** Sets which remote boards are synced; boards not named keep their settings. */
    public ConnectionView selectBoards(long id, List<BoardSelection> selections) {
        PsaConnection c = find(id);
        Map<String, PsaBoard> existing = new HashMap<>();
        sync.boards(id).forEach(b -> existing.put(b.remoteId(), b));
        Set<String> seen = new HashSet<>();
        for (BoardSelection s : selections) {
            if (s.remoteId() == null || s.remoteId().isBlank() || s.remoteId().length() > 80) {
                throw new InvalidInputException("boards.remoteId", "must be a remote board id of 1 to 80 characters");
            }
            if (!seen.add(s.remoteId())) {
                throw new InvalidInputException("boards.remoteId", "names board " + s.remoteId() + " twice");
            }
            if (s.localBoardId() != null && directory.board(s.localBoardId()).isEmpty()) {
                throw new InvalidInputException("boards.localBoardId", "board " + s.localBoardId() + " does not exist");
            }
            PsaBoard board = existing.get(s.remoteId());
            String name = s.remoteName() == null || s.remoteName().isBlank()
                    ? boardName(c, s.remoteId(), board)
                    : s.remoteName();
            if (board == null) {
                sync.add(new PsaBoard(c.id(), s.remoteId(), name, s.localBoardId(), s.enabled()));
            } else {
                board.reconfigure(name, s.localBoardId(), s.enabled());
            }
        }
        return view(c);
    }

    /** A board selected by id alone keeps the name it had, or gets the PSA's: pickers show names, not ids. */
    private String boardName(PsaConnection c, String remoteId, PsaBoard known) {
        if (known != null && known.remoteName() != null) {
            return known.remoteName();
        }
        try {
            return catalog.entries(c, CatalogKind.BOARD, null).stream()
                    .filter(e -> e.id().equals(remoteId))
                    .map(CatalogEntry::name)
                    .findFirst()
                    .orElse(null);
        } catch (PsaFailure e) {
            return null; // the PSA cannot say now; the id stands in until the board is saved again
        }
    }

    /** Replaces the mappings of each kind present in {@code mappings}; kinds not present keep theirs. */
    public ConnectionView map(long id, List<MappingView> mappings) {
        PsaConnection c = find(id);
        Map<MappingKind, List<PsaMapping>> byKind = new HashMap<>();
        for (MappingView m : mappings) {
            MappingKind kind = kind(m.kind());
            if (m.remoteId() == null || m.remoteId().isBlank() || m.remoteId().length() > 80) {
                throw new InvalidInputException("mappings.remoteId", "must be a remote id of 1 to 80 characters");
            }
            checkLocal(kind, m.localValue());
            String scope = kind == MappingKind.STATUS ? required(m.scope()) : PsaMapping.CONNECTION_WIDE;
            byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>())
                    .add(new PsaMapping(c.id(), kind, scope, m.remoteId(), m.remoteName(), m.localValue()));
        }
        byKind.forEach((kind, list) -> sync.replaceMappings(c.id(), kind, list));
        return view(c);
    }

    /** Remote values for a picker or mapping editor, straight from the PSA. */
    public List<CatalogEntry> catalog(long id, String kindKey, String parentId, String query, int page)
            throws PsaFailure {
        CatalogKind kind;
        try {
            kind = CatalogKind.valueOf(kindKey.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "kind",
                    "must be one of: "
                            + java.util.Arrays.toString(CatalogKind.values()).toLowerCase(Locale.ROOT));
        }
        return connector.catalog(find(id), kind, parentId, query, Math.max(1, page));
    }

    /** What the PSA still allows this connection (Autotask says; ConnectWise only answers 429): empty when unknown. */
    public java.util.Optional<io.switchboard.plugin.psa.RateBudget> budget(long id) throws PsaFailure {
        return connector.budget(find(id));
    }

    public List<SyncRunView> runs(long id, int page, int pageSize) {
        find(id);
        int size = Math.max(1, Math.min(MAX_PAGE, pageSize));
        return sync.runs(id, (Math.max(1, page) - 1) * size, size).stream()
                .map(SyncRunView::of)
                .toList();
    }

    public long countRuns(long id) {
        return sync.countRuns(id);
    }

    public SyncRunView run(long id, long runId) {
        return sync.run(runId)
                .filter(r -> r.connectionId() == id)
                .map(SyncRunView::of)
                .orElseThrow(() -> new NotFoundException("Sync run", runId));
    }

    /** Registers the connection's webhook with the PSA: it must be an http(s) URL ending in /webhooks/{id}. */
    public String registerCallback(long id, String url) throws PsaFailure {
        PsaConnection c = find(id);
        java.net.URI target;
        try {
            target = java.net.URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "is not a URL");
        }
        if (target.getHost() == null
                || !("https".equals(target.getScheme()) || "http".equals(target.getScheme()))
                || !target.getPath().endsWith("/webhooks/" + id)) {
            throw new InvalidInputException("url", "must be this server's http(s) address of /api/v1/webhooks/" + id);
        }
        return connector.registerCallback(c, target);
    }

    /** The local side of a remote ticket: which ticket it is, and what the last pull saw. */
    public LinkView link(long id, String remoteId) {
        PsaConnection c = find(id);
        return sync.link(c.provider(), c.id(), remoteId)
                .map(LinkView::of)
                .orElseThrow(() -> new NotFoundException("Remote ticket", remoteId + " of connection " + id));
    }

    private void checkLocal(MappingKind kind, String local) {
        if (local == null || local.isBlank()) {
            throw new InvalidInputException("mappings.localValue", "is required");
        }
        boolean known = switch (kind) {
            case STATUS -> workflow.byKey(local).isPresent();
            case PRIORITY -> {
                Keyed.parse(Priority.class, "mappings.localValue", local);
                yield true;
            }
            case MEMBER -> id(local) != null && directory.agent(id(local)).isPresent();
            case COMPANY -> id(local) != null && directory.company(id(local)).isPresent();
        };
        if (!known) {
            throw new InvalidInputException(
                    "mappings.localValue",
                    "'" + local + "' is not a local " + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private static Long id(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String required(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new InvalidInputException("mappings.scope", "a status mapping names its remote board");
        }
        return scope;
    }

    private static MappingKind kind(String key) {
        try {
            return MappingKind.valueOf(key == null ? "" : key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mappings.kind", "must be one of: status, priority, member, company");
        }
    }

    private PsaConnection find(long id) {
        return connector.connection(id).orElseThrow(() -> new NotFoundException("PSA connection", id));
    }

    private ConnectionView view(PsaConnection c) {
        PsaConnector.Circuit circuit = connector.circuit(c);
        return new ConnectionView(
                c.id(),
                c.name(),
                c.provider(),
                c.enabled(),
                sync.boards(c.id()).stream()
                        .map(b -> new BoardView(
                                b.id(), b.remoteId(), b.remoteName(), b.localBoardId(), b.isEnabled(), b.watermark()))
                        .toList(),
                sync.mappings(c.id()).stream()
                        .map(m -> new MappingView(
                                m.kind().name().toLowerCase(Locale.ROOT),
                                m.scope(),
                                m.remoteId(),
                                m.remoteName(),
                                m.localValue()))
                        .toList(),
                circuit.state(),
                circuit.lastFailure(),
                runner.isRunning(c.id()),
                sync.lastRun(c.id()).map(SyncRunView::of).orElse(null));
    }
}
