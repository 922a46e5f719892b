package io.switchboard.application.psa;

import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.CatalogKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping editors of the PSA admin page: every remote value of a kind (statuses per board),
 * resolved the way the next pull would resolve it, so an unmapped value shows instead of silently
 * falling through; and saving one editor without touching the other boards' status mappings.
 */
@Stateless
public class PsaMappingEditor {

    @Inject
    PsaConnector connector;

    @Inject
    PsaSyncRepository sync;

    @Inject
    ValuesFactory valuesFactory;

    @Inject
    PsaAdministration administration;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    /** The remote values of {@code kind} (of one remote board for statuses), each with what it maps to. */
    public List<MappingRow> rows(long connectionId, String kind, String board) throws PsaFailure {
        PsaConnection c = find(connectionId);
        MappingKind k = kind(kind);
        CatalogKind catalog = CatalogKind.valueOf(k.name());
        String parent = k == MappingKind.STATUS ? required(board) : null;
        return MappingRows.of(k, parent, connector.catalog(c, catalog, parent, null, 1), valuesFactory.of(c));
    }

    /** The local values a remote value of {@code kind} can be mapped to. */
    public List<LocalChoice> choices(String kind) {
        return switch (kind(kind)) {
            case STATUS ->
                workflow.statuses().stream()
                        .filter(WorkflowStatus::isActive)
                        .map(s -> new LocalChoice(s.key(), s.name()))
                        .toList();
            case PRIORITY ->
                Arrays.stream(Priority.values())
                        .map(p -> new LocalChoice(p.key(), MappingRows.label(p)))
                        .toList();
            case MEMBER ->
                directory.agents().stream()
                        .map(a -> new LocalChoice(String.valueOf(a.id()), a.displayName() + " (" + a.username() + ")"))
                        .toList();
            case COMPANY ->
                directory.companies().stream()
                        .map(co -> new LocalChoice(String.valueOf(co.id()), co.name()))
                        .toList();
        };
    }

    /**
     * Replaces the mappings of one editor: {@code localByRemoteId} (blank: no mapping) for the kind,
     * within {@code board} for statuses; the other boards' status mappings stay as they are.
     */
    public ConnectionView save(
            long connectionId,
            String kind,
            String board,
            Map<String, String> localByRemoteId,
            Map<String, String> names) {
        find(connectionId);
        MappingKind k = kind(kind);
        String scope = k == MappingKind.STATUS ? required(board) : PsaMapping.CONNECTION_WIDE;
        List<MappingView> all = new ArrayList<>();
        sync.mappings(connectionId).stream()
                .filter(m -> m.kind() == k && !m.scope().equals(scope))
                .forEach(m -> all.add(new MappingView(kind, m.scope(), m.remoteId(), m.remoteName(), m.localValue())));
        localByRemoteId.forEach((remoteId, local) -> {
            if (local != null && !local.isBlank()) {
                all.add(new MappingView(kind, scope, remoteId, names.get(remoteId), local));
            }
        });
        if (all.isEmpty()) {
            sync.replaceMappings(connectionId, k, List.of());
            return administration.connection(connectionId);
        }
        return administration.map(connectionId, all);
    }

    private PsaConnection find(long id) {
        return connector.connection(id).orElseThrow(() -> new NotFoundException("PSA connection", id));
    }

    private static String required(String board) {
        if (board == null || board.isBlank()) {
            throw new InvalidInputException("board", "statuses are mapped per remote board: choose one");
        }
        return board;
    }

    private static MappingKind kind(String key) {
        try {
            return MappingKind.valueOf(key == null ? "" : key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be one of: status, priority, member, company");
        }
    }
}
