package io.switchboard.infrastructure.search;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The free words of a search as a Lucene query. Every word must match (in any field); "quoted
 * words" match as a phrase, {@code -word} excludes, {@code word*} is a prefix. Nothing a user
 * types makes it fail: the simple parser has no syntax errors. A number (up to the digits of a
 * ticket number) also finds tickets whose number contains it.
 */
final class SearchQuery {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final float NUMBER_BOOST = 6f;

    private SearchQuery() {}

    /** Null when nothing in the text can match (only common words, or only punctuation). */
    static Query parse(String text, Analyzer analyzer) {
        Map<String, Float> weights = new HashMap<>(TicketFields.BOOSTS);
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(Occur.MUST);
        String stripped = text.strip();
        Query words = parser.parse(stripped);
        String digits = stripped.replaceFirst("^0+(?=\\d)", "");
        if (!DIGITS.matcher(digits).matches()) {
            return words;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(new TermQuery(new Term(TicketFields.NUMBER, digits)), NUMBER_BOOST), Occur.SHOULD);
        if (words != null) {
            either.add(words, Occur.SHOULD);
        }
        return either.build();
    }
}
