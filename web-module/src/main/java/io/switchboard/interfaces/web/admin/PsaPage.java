package io.switchboard.interfaces.web.admin;

import io.switchboard.application.psa.BoardSelection;
import io.switchboard.application.psa.BoardView;
import io.switchboard.application.psa.ConnectionView;
import io.switchboard.application.psa.PsaAdministration;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.application.psa.SyncRunView;
import io.switchboard.application.psa.SyncRunner;
import io.switchboard.domain.psa.SyncTrigger;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.plugin.psa.CatalogEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admin: PSA connections (plugin instances of kind psa) with their circuit and last run; for the
 * chosen one, the remote boards to sync, "Sync now" and the sync log. The mapping editors are
 * {@link PsaMappingsPage}, the drift check {@link PsaDriftPanel}. Everything goes through the
 * services /api/v1/psa/connections uses.
 */
@Named
@ViewScoped
public class PsaPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LOG_SIZE = 10;

    @Inject
    PsaAdministration psa;

    @Inject
    SyncRunner runner;

    private Long connectionId;
    /** Per remote board id: synced or not, and the local board its tickets go to. */
    private final Map<String, Boolean> syncBoard = new HashMap<>();

    private final Map<String, Long> localBoard = new HashMap<>();

    private transient List<ConnectionView> connections;
    private transient ConnectionView selected;
    private transient List<CatalogEntry> remoteBoards;
    private String boardsProblem;
    private transient String budget;

    public List<ConnectionView> getConnections() {
        if (connections == null) {
            connections = psa.connections();
        }
        return connections;
    }

    public Long getConnectionId() {
        if (connectionId == null && !getConnections().isEmpty()) {
            connectionId = getConnections().get(0).id();
        }
        return connectionId;
    }

    /**
     * The URL's {@code ?connection=}. Its getter must not default to the first connection: the view
     * parameter reads it before it writes, and a default taken then would win over the URL.
     */
    public Long getRequestedConnection() {
        return connectionId;
    }

    /** Only the first time, so a postback does not undo {@link #choose}. */
    public void setRequestedConnection(Long requested) {
        if (connectionId == null) {
            connectionId = requested;
        }
    }

    public void choose(long id) {
        connectionId = id;
        budget = null;
        selected = null;
        remoteBoards = null;
        boardsProblem = null;
        syncBoard.clear();
        localBoard.clear();
    }

    /** The chosen connection, fresh from the server once per request. */
    public ConnectionView getSelected() {
        if (selected == null && getConnectionId() != null) {
            try {
                selected = psa.connection(getConnectionId());
            } catch (DomainException e) {
                Feedback.error(e, Map.of());
                connectionId = null;
            }
        }
        return selected;
    }

    /** The PSA's boards, for the board picker; what is already selected starts ticked. */
    public List<CatalogEntry> getRemoteBoards() {
        if (remoteBoards == null && getSelected() != null) {
            try {
                remoteBoards = psa.catalog(selected.id(), "board", null, null, 1);
                boardsProblem = null;
            } catch (PsaFailure e) {
                remoteBoards = List.of();
                boardsProblem = "The PSA did not list its boards: " + e.getMessage();
            }
            for (BoardView b : selected.boards()) {
                syncBoard.putIfAbsent(b.remoteId(), b.enabled());
                localBoard.putIfAbsent(b.remoteId(), b.localBoardId());
            }
        }
        return remoteBoards;
    }

    /** The remaining rate budget as a sentence, read from the PSA once per request. */
    public String getBudget() {
        if (budget == null && getSelected() != null) {
            try {
                budget = psa.budget(selected.id())
                        .map(b -> b.remaining() + " of " + b.limit() + " requests left"
                                + (b.resetsAt() == null ? "" : " until " + b.resetsAt())
                                + (b.maxConcurrent() > 0 ? ", at most " + b.maxConcurrent() + " at once" : ""))
                        .orElse("not reported by this PSA (it answers 429 when it is used up)");
            } catch (PsaFailure e) {
                budget = "unknown: " + e.getMessage();
            }
        }
        return budget;
    }

    public String getBoardsProblem() {
        return boardsProblem;
    }

    public Map<String, Boolean> getSyncBoard() {
        return syncBoard;
    }

    public Map<String, Long> getLocalBoard() {
        return localBoard;
    }

    public void saveBoards() {
        Map<String, String> known = new HashMap<>();
        getSelected().boards().forEach(b -> known.put(b.remoteId(), b.remoteName()));
        List<BoardSelection> out = new ArrayList<>();
        for (CatalogEntry board : getRemoteBoards()) {
            boolean on = Boolean.TRUE.equals(syncBoard.get(board.id()));
            if (on || known.containsKey(board.id())) {
                out.add(new BoardSelection(board.id(), board.name(), localBoard.get(board.id()), on));
            }
        }
        try {
            selected = psa.selectBoards(connectionId, out);
            long on = out.stream().filter(BoardSelection::enabled).count();
            Feedback.info("Boards saved: " + on + " synced.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void syncNow() {
        try {
            SyncRunView run = runner.start(connectionId, SyncTrigger.MANUAL);
            Feedback.info(
                    "MANUAL".equals(run.trigger())
                            ? "Sync run " + run.id() + " started."
                            : "Sync run " + run.id() + " (" + run.trigger().toLowerCase(java.util.Locale.ROOT)
                                    + ") is already going: the log follows it.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
        selected = null;
        connections = null;
    }

    public List<SyncRunView> getRuns() {
        return getConnectionId() == null ? List.of() : psa.runs(connectionId, 1, LOG_SIZE);
    }

    public boolean isRunning() {
        return getConnectionId() != null && runner.isRunning(connectionId);
    }

    /** Called by the poll while a run is going: the next render reads everything again. */
    public void refresh() {
        selected = null;
        connections = null;
    }

    /**
     * The first {@code n} of a list, for a table that shows only so many: ui:repeat's own size
     * attribute fails the whole page when the list is shorter than it.
     */
    public <T> List<T> atMost(List<T> list, int n) {
        return list.size() > n ? list.subList(0, n) : list;
    }

    public String circuitSeverity(ConnectionView c) {
        if (!c.enabled()) {
            return "secondary";
        }
        return switch (c.circuit()) {
            case "CLOSED" -> "success";
            case "HALF_OPEN" -> "warning";
            default -> "danger";
        };
    }

    public String stateSeverity(SyncRunView r) {
        return switch (r.state()) {
            case "SUCCEEDED" -> "success";
            case "RUNNING" -> "info";
            case "PARTIAL" -> "warning";
            default -> "danger";
        };
    }
}
