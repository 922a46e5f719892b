package io.switchboard.application.psa;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.RemoteRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rows of a mapping editor: each catalogue entry resolved the way a pull would resolve it. */
final class MappingRows {

    private MappingRows() {}

    static List<MappingRow> of(MappingKind kind, String board, List<CatalogEntry> entries, RemoteValues values) {
        return entries.stream().map(e -> row(kind, board, e, values)).toList();
    }

    private static MappingRow row(MappingKind kind, String board, CatalogEntry e, RemoteValues values) {
        RemoteRef ref = new RemoteRef(e.id(), e.name());
        boolean explicit = values.mapped(kind, board, e.id()).isPresent();
        MappingRow.Source found = explicit ? MappingRow.Source.MAPPED : MappingRow.Source.BY_NAME;
        String scope = kind == MappingKind.STATUS ? board : "";
        return switch (kind) {
            case STATUS -> {
                Optional<WorkflowStatus> s = values.status(board, ref, false);
                if (s.isPresent()) {
                    yield row(kind, scope, e, s.get().key(), s.get().name(), found);
                }
                Optional<WorkflowStatus> closing =
                        e.flag("closed") ? values.status(board, ref, true) : Optional.empty();
                yield closing.map(c -> row(kind, scope, e, c.key(), c.name(), MappingRow.Source.FALLBACK))
                        .orElseGet(() -> unmapped(kind, scope, e));
            }
            case PRIORITY -> {
                Optional<Priority> p =
                        explicit ? Optional.of(values.priority(ref)) : RemoteValues.priorityByName(e.name());
                yield p.map(v -> row(kind, scope, e, v.key(), label(v), found))
                        .orElseGet(() -> unmapped(kind, scope, e));
            }
            case MEMBER -> {
                Optional<Agent> a = values.agent(ref);
                yield a.map(v -> row(kind, scope, e, String.valueOf(v.id()), v.displayName(), found))
                        .orElseGet(() -> unmapped(kind, scope, e));
            }
            case COMPANY -> {
                Optional<Company> c = values.company(ref);
                yield c.map(v -> row(kind, scope, e, String.valueOf(v.id()), v.name(), found))
                        .orElseGet(() -> unmapped(kind, scope, e));
            }
        };
    }

    private static MappingRow row(
            MappingKind kind, String scope, CatalogEntry e, String local, String label, MappingRow.Source source) {
        return new MappingRow(key(kind), scope, e.id(), e.name(), local, label, source);
    }

    private static MappingRow unmapped(MappingKind kind, String scope, CatalogEntry e) {
        return new MappingRow(key(kind), scope, e.id(), e.name(), null, null, MappingRow.Source.UNMAPPED);
    }

    static String label(Priority p) {
        String k = p.key();
        return k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1);
    }

    private static String key(MappingKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
