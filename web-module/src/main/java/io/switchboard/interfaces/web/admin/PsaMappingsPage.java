package io.switchboard.interfaces.web.admin;

import io.switchboard.application.psa.BoardView;
import io.switchboard.application.psa.LocalChoice;
import io.switchboard.application.psa.MappingRow;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.application.psa.PsaMappingEditor;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PSA page's mapping editors: one kind at a time (statuses of one remote board, priorities,
 * members to agents, companies), every remote value from the catalogue with what the next pull
 * does with it, the unmapped ones flagged and counted.
 */
@Named
@ViewScoped
public class PsaMappingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> KINDS = List.of("status", "priority", "member", "company");

    @Inject
    PsaMappingEditor editor;

    @Inject
    PsaPage page;

    private String kind = "status";
    private String board;
    /** What the admin picked per remote id; blank: no explicit mapping. */
    private final Map<String, String> local = new HashMap<>();

    private transient List<MappingRow> rows;
    private final MappingPager pager = new MappingPager();
    private String problem;

    public List<String> getKinds() {
        return KINDS;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = KINDS.contains(kind) ? kind : "status";
    }

    /** The remote board whose statuses are edited; the first synced one until the admin picks. */
    public String getBoard() {
        if (board == null && !getBoards().isEmpty()) {
            board = getBoards().get(0).remoteId();
        }
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public List<BoardView> getBoards() {
        return page.getSelected() == null ? List.of() : page.getSelected().boards();
    }

    /** Another kind or board was picked, or another connection: read the rows again. */
    public void reset() {
        rows = null;
        local.clear();
        problem = null;
        pager.restart();
    }

    public MappingPager getPager() {
        return pager;
    }

    /** The page of rows on screen; every row's mapping is kept in {@link #getLocal} all the same. */
    public List<MappingRow> getShownRows() {
        return pager.shown(getRows());
    }

    /** "Showing 51–100 of 1,234", or what the filter found. */
    public String getShowing() {
        return pager.showing(getRows());
    }

    public boolean isLastPage() {
        return pager.isLast(getRows());
    }

    public List<MappingRow> getRows() {
        if (rows == null) {
            rows = List.of();
            if (page.getSelected() == null || ("status".equals(kind) && getBoard() == null)) {
                return rows;
            }
            try {
                rows = editor.rows(page.getSelected().id(), kind, getBoard());
                local.clear();
                rows.stream()
                        .filter(r -> r.source() == MappingRow.Source.MAPPED)
                        .forEach(r -> local.put(r.remoteId(), r.localValue()));
                problem = null;
            } catch (PsaFailure e) {
                problem = "The PSA did not list its " + kind + " values: " + e.getMessage();
            } catch (DomainException e) {
                problem = e.getMessage();
            }
        }
        return rows;
    }

    public long getUnmappedCount() {
        return getRows().stream().filter(MappingRow::unmapped).count();
    }

    public String getProblem() {
        return problem;
    }

    public List<LocalChoice> getChoices() {
        return editor.choices(kind);
    }

    public Map<String, String> getLocal() {
        return local;
    }

    /** The empty choice says what happens without a mapping: the name match, the fallback, or nothing. */
    public String noMappingLabel(MappingRow r) {
        return switch (r.source()) {
            case BY_NAME -> "by name: " + r.localLabel();
            case FALLBACK -> "closes: " + r.localLabel();
            case UNMAPPED -> "unmapped";
            case MAPPED -> "no mapping";
        };
    }

    public void save() {
        Map<String, String> names = new HashMap<>();
        getRows().forEach(r -> names.put(r.remoteId(), r.remoteName()));
        Map<String, String> chosen = new HashMap<>();
        getRows().forEach(r -> chosen.put(r.remoteId(), local.get(r.remoteId())));
        try {
            editor.save(page.getSelected().id(), kind, getBoard(), chosen, names);
            long mapped = chosen.values().stream()
                    .filter(v -> v != null && !v.isBlank())
                    .count();
            Feedback.info("Mappings saved: " + mapped + " " + kind + " value" + (mapped == 1 ? "" : "s") + " mapped.");
            page.refresh();
            rows = null;
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }
}
