package io.switchboard.infrastructure.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** How a ticket becomes a Lucene document: one field per kind of text, with offsets for highlighting. */
final class TicketFields {

    static final String ID = "id";
    static final String GENERATION = "generation";
    static final String NUMBER = "number";
    /** Searched and highlighted, in the order a fragment is chosen from. */
    static final List<String> TEXT = List.of("summary", "description", "replies", "notes", "requester", "company");
    /** How much a match in each field counts. */
    static final Map<String, Float> BOOSTS =
            Map.of("summary", 4f, "description", 1.5f, "replies", 1f, "notes", 1f, "requester", 2f, "company", 2f);

    private static final FieldType HIGHLIGHTED = highlighted();

    private TicketFields() {}

    /** English words stemmed (jams finds jammed), common words dropped; number fragments as they are. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(NUMBER, new WhitespaceAnalyzer()));
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document document(IndexedTicket t, long generation) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(t.id()), Field.Store.YES));
        doc.add(new LongPoint(GENERATION, generation));
        doc.add(new Field(NUMBER, String.join(" ", numberFragments(t.id())), numberType()));
        text(doc, "summary", t.summary());
        text(doc, "description", t.description());
        t.replies().forEach(r -> text(doc, "replies", r));
        t.notes().forEach(n -> text(doc, "notes", n));
        text(doc, "requester", t.requester());
        text(doc, "company", t.company());
        doc.add(new StoredField("summaryPlain", t.summary() == null ? "" : t.summary()));
        return doc;
    }

    /**
     * Every run of digits of the number without its leading zeros, so "177" and "0177" find
     * TKT-000177 (and 1177, ranked with it).
     */
    static Set<String> numberFragments(long id) {
        String digits = Long.toString(id);
        Set<String> out = new LinkedHashSet<>();
        for (int from = 0; from < digits.length(); from++) {
            for (int to = from + 1; to <= digits.length(); to++) {
                out.add(digits.substring(from, to));
            }
        }
        return out;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            String capped =
                    value.length() > IndexedTicket.TEXT_MAX ? value.substring(0, IndexedTicket.TEXT_MAX) : value;
            doc.add(new Field(field, capped, HIGHLIGHTED));
        }
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType numberType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }
}
