package io.switchboard.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.psa.MappingRow;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MappingPagerTest {

    private static final List<MappingRow> COMPANIES = IntStream.rangeClosed(1, 120)
            .mapToObj(i -> new MappingRow(
                    "company",
                    null,
                    Integer.toString(i),
                    "Company " + i,
                    i % 3 == 0 ? "c" + i : null,
                    null,
                    i % 3 == 0 ? MappingRow.Source.MAPPED : MappingRow.Source.UNMAPPED))
            .toList();

    private static List<String> ids(List<MappingRow> rows) {
        return rows.stream().map(MappingRow::remoteId).toList();
    }

    @Test
    void showsFiftyAtATimeAndStopsAtTheLastPage() {
        MappingPager pager = new MappingPager();
        assertEquals(50, pager.shown(COMPANIES).size());
        pager.next();
        pager.next();
        assertEquals(IntStream.rangeClosed(101, 120).mapToObj(Integer::toString).toList(), ids(pager.shown(COMPANIES)));
        pager.next();
        assertEquals(20, pager.shown(COMPANIES).size(), "past the end stays on the last page");
        assertEquals("Showing 101–120 of 120", pager.showing(COMPANIES));
        assertTrue(pager.isLast(COMPANIES));
        pager.previous();
        assertEquals("51", pager.shown(COMPANIES).get(0).remoteId());
        assertEquals("Showing 51–100 of 120", pager.showing(COMPANIES));
        assertFalse(pager.isLast(COMPANIES) || pager.isFirst());
    }

    @Test
    void findsByNameOrExactIdAndCanShowOnlyTheUnmapped() {
        MappingPager pager = new MappingPager();
        pager.setQuery(" company 11");
        assertEquals(
                List.of("11", "110", "111", "112", "113", "114", "115", "116", "117", "118", "119"),
                ids(pager.matching(COMPANIES)));
        pager.setQuery("7");
        assertEquals(
                List.of("7", "17", "27", "37", "47", "57", "67", "70", "71", "72"),
                ids(pager.matching(COMPANIES)).subList(0, 10));
        pager.setQuery("");
        pager.setUnmappedOnly(true);
        assertEquals(80, pager.matching(COMPANIES).size());
        assertEquals("Showing 1–50 of 80 (of 120)", pager.showing(COMPANIES));
        pager.next();
        pager.next();
        pager.setQuery("Company 1");
        assertEquals(1, MappingPager.pages(pager.matching(COMPANIES).size()));
        assertEquals("1", pager.shown(COMPANIES).get(0).remoteId(), "a narrower find falls back to its last page");
    }
}
