package io.switchboard.application.psa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.CatalogEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingRowsTest {

    private final WorkflowStatus open = new WorkflowStatus(1, "open", "Open", StatusCategory.OPEN, 1);
    private final WorkflowStatus waiting = new WorkflowStatus(2, "waiting", "Waiting", StatusCategory.PENDING, 2);
    private final WorkflowStatus resolved = new WorkflowStatus(3, "resolved", "Resolved", StatusCategory.RESOLVED, 3);

    private RemoteValues values(PsaMapping... mappings) {
        return new RemoteValues(
                List.of(mappings),
                List.of(open, waiting, resolved),
                List.of(new Agent("jsmith", "Jane Smith", new Email("jane@example.com"))),
                List.of(new Company("Acme Ltd", "acme.example")));
    }

    private static CatalogEntry entry(String id, String name, boolean closed) {
        return new CatalogEntry(id, name, "10", closed ? Map.of("closed", "true") : Map.of());
    }

    @Test
    void eachStatusSaysWhetherItIsMappedMatchedByNameFallsBackOrIsUnmapped() {
        List<MappingRow> rows = MappingRows.of(
                MappingKind.STATUS,
                "10",
                List.of(
                        entry("1", "Open", false),
                        entry("2", "Waiting Customer", false),
                        entry("3", "Closed", true),
                        entry("4", "Scheduled", false)),
                values(new PsaMapping(7, MappingKind.STATUS, "10", "2", "Waiting Customer", "waiting")));
        assertEquals(
                List.of(
                        MappingRow.Source.BY_NAME,
                        MappingRow.Source.MAPPED,
                        MappingRow.Source.FALLBACK,
                        MappingRow.Source.UNMAPPED),
                rows.stream().map(MappingRow::source).toList());
        assertEquals("waiting", rows.get(1).localValue());
        assertEquals("Resolved", rows.get(2).localLabel());
        assertEquals("10", rows.get(3).scope());
    }

    @Test
    void aPriorityWhoseNameSaysNoLevelIsUnmappedUntilAnAdminMapsIt() {
        List<CatalogEntry> priorities = List.of(
                entry("1", "Priority 1 - Emergency Response", false),
                entry("4", "Priority 4 - Scheduled Maintenance", false));
        List<MappingRow> before = MappingRows.of(MappingKind.PRIORITY, null, priorities, values());
        assertEquals("critical", before.get(0).localValue());
        assertEquals(MappingRow.Source.UNMAPPED, before.get(1).source());
        List<MappingRow> after = MappingRows.of(
                MappingKind.PRIORITY,
                null,
                priorities,
                values(new PsaMapping(7, MappingKind.PRIORITY, "", "4", null, "low")));
        assertEquals(MappingRow.Source.MAPPED, after.get(1).source());
        assertEquals("low", after.get(1).localValue());
    }

    @Test
    void membersAndCompaniesWithoutALocalNamesakeAreUnmapped() {
        List<MappingRow> members = MappingRows.of(
                MappingKind.MEMBER,
                null,
                List.of(entry("31", "jsmith", false), entry("32", "nobody", false)),
                values());
        assertEquals(MappingRow.Source.BY_NAME, members.get(0).source());
        assertEquals("Jane Smith", members.get(0).localLabel());
        assertEquals(MappingRow.Source.UNMAPPED, members.get(1).source());
        List<MappingRow> companies =
                MappingRows.of(MappingKind.COMPANY, null, List.of(entry("5", "Globex", false)), values());
        assertEquals(1, companies.stream().filter(MappingRow::unmapped).count());
    }
}
