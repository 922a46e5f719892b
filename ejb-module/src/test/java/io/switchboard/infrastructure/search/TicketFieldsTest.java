package io.switchboard.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketFieldsTest {

    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TicketFields.analyzer()))) {
            w.addDocument(TicketFields.document(
                    new IndexedTicket(177, "Printer jams on floor 3", "Tray two", List.of(), List.of(), null, "Acme"),
                    1));
            w.addDocument(TicketFields.document(
                    new IndexedTicket(
                            1203,
                            "VPN drops",
                            "Since the update",
                            List.of("Reinstalled the client"),
                            List.of("Vendor says the printer driver"),
                            "Megan Bowen megan@contoso.com",
                            "Contoso"),
                    1));
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    private List<Long> ids(String text) throws IOException {
        Query q = SearchQuery.parse(text, TicketFields.analyzer());
        List<Long> out = new ArrayList<>();
        if (q == null) {
            return out;
        }
        for (ScoreDoc d : searcher.search(q, 10).scoreDocs) {
            out.add(Long.parseLong(searcher.storedFields().document(d.doc).get(TicketFields.ID)));
        }
        return out;
    }

    @Test
    void stemsEnglishAndRanksTheSummaryFirst() throws IOException {
        assertEquals(List.of(177L, 1203L), ids("printers"));
        assertEquals(List.of(177L), ids("printer jammed"));
    }

    @Test
    void everyWordMustMatchSomewhere() throws IOException {
        assertEquals(List.of(1203L), ids("megan reinstalled"));
        assertEquals(List.of(), ids("megan acme"));
        assertEquals(List.of(1203L), ids("printer -jams"));
        assertEquals(List.of(1203L), ids("\"the client\""));
    }

    @Test
    void numberFragmentsFindTheTicket() throws IOException {
        assertEquals(List.of(177L), ids("177"));
        assertEquals(List.of(177L), ids("0177"));
        assertEquals(List.of(1203L), ids("20"));
        assertTrue(TicketFields.numberFragments(1203).containsAll(List.of("1", "12", "120", "1203", "203", "3")));
    }

    @Test
    void onlyCommonWordsOrPunctuationMatchNothing() throws IOException {
        assertEquals(List.of(), ids("the"));
        assertEquals(List.of(), ids("%%"));
    }
}
