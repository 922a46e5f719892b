package io.switchboard.application.psa;

import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.psa.PageTally;
import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One sync run of a connection: every enabled board is pulled from its watermark less a small
 * overlap, page by page, each remote ticket upserted on its own; the watermark moves only after
 * a complete pass over a board, so a run that stops half-way is simply read again next time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PsaSync {

    @Inject
    PsaConnector connector;

    @Inject
    PsaSyncRepository sync;

    @Inject
    PsaIntake intake;

    @Inject
    SyncLog log;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    @Inject
    @ConfigProperty(name = "switchboard.psa.overlap-seconds", defaultValue = "120")
    long overlapSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.psa.page-size", defaultValue = "200")
    int pageSize;

    /** Runs the sync logged as {@code runId} to its end; failures land in the log, never in the caller. */
    public SyncRunView execute(PsaConnection connection, long runId) {
        RemoteValues values = new RemoteValues(
                sync.mappings(connection.id()), workflow.statuses(), directory.agents(), directory.companies());
        List<PsaBoard> boards = sync.boards(connection.id()).stream()
                .filter(PsaBoard::isEnabled)
                .toList();
        if (boards.isEmpty()) {
            return log.abort(runId, "no boards are selected for sync on '" + connection.name() + "'");
        }
        for (PsaBoard board : boards) {
            Optional<String> stopped = pullBoard(connection, board, values, runId);
            if (stopped.isPresent()) {
                return log.abort(runId, stopped.get());
            }
        }
        return log.finish(runId);
    }

    /** Pulls one board; an answer that stops the whole run (the PSA is down, refuses us) comes back. */
    private Optional<String> pullBoard(PsaConnection connection, PsaBoard board, RemoteValues values, long runId) {
        PullCursor cursor = PullCursor.since(board.remoteId(), board.pullFrom(Duration.ofSeconds(overlapSeconds)));
        Instant newest = null;
        boolean first = true;
        while (cursor != null) {
            PullPage page;
            try {
                page = connector.pull(connection, cursor, pageSize);
            } catch (PsaFailure e) {
                return Optional.of("board " + label(board) + ": " + e.getMessage());
            }
            if (first && page.total() >= 0) {
                log.expect(runId, page.total());
            }
            first = false;
            long created = 0;
            long updated = 0;
            long failed = 0;
            List<String> errors = new ArrayList<>();
            for (PsaTicket remote : page.tickets()) {
                try {
                    switch (intake.apply(connection, board, values, remote)) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> {}
                    }
                } catch (RuntimeException e) {
                    failed++;
                    errors.add("remote ticket " + remote.id() + ": " + reason(e));
                }
                if (remote.updatedAt() != null
                        && (newest == null || remote.updatedAt().isAfter(newest))) {
                    newest = remote.updatedAt();
                }
            }
            log.progress(runId, new PageTally(page.tickets().size(), created, updated, failed, 1, errors));
            cursor = page.next();
        }
        log.boardPulled(board.id(), newest);
        return Optional.empty();
    }

    private static String label(PsaBoard board) {
        return board.remoteName() == null ? board.remoteId() : board.remoteName();
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
