package io.switchboard.infrastructure.search;

/**
 * The matched passage of each ticket on PostgreSQL: the first field that matches, in the order
 * Lucene's highlighter tries them (summary, description, replies, notes, requester, company),
 * cut by {@code ts_headline} around the matched words. The words are marked with two private-use
 * characters, which become {@code <mark>} after the text around them has been HTML-escaped.
 */
final class PostgresPassages {

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=\" … \"";

    private PostgresPassages() {}

    /** One row per matching ticket of {@code in} (ids, comma-separated): id, field, passage. */
    static String sql(PostgresQuery q, String in) {
        String matches = "to_tsvector(" + PostgresQuery.CONFIG + ", body) @@ x.q";
        // escaped before ts_headline, which would drop tags from its output rather than keep them as text
        String escaped = "replace(replace(replace(f.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
        return "SELECT t.id, f.field, ts_headline(" + PostgresQuery.CONFIG + ", " + escaped + ", x.q, '" + OPTIONS
                + "')"
                + " FROM (SELECT " + q.sql() + " AS q) x, ticket t CROSS JOIN LATERAL ("
                + "SELECT field, body FROM ("
                + " SELECT 1 AS o, 'summary' AS field, t.summary AS body"
                + " UNION ALL SELECT 2, 'description', t.description"
                + " UNION ALL SELECT 3, 'replies', (SELECT c.body_text FROM ticket_comment c WHERE c.ticket_id = t.id"
                + "   AND NOT c.is_internal AND to_tsvector(" + PostgresQuery.CONFIG + ", c.body_text) @@ x.q"
                + "   ORDER BY c.id LIMIT 1)"
                + " UNION ALL SELECT 4, 'notes', (SELECT c.body_text FROM ticket_comment c WHERE c.ticket_id = t.id"
                + "   AND c.is_internal AND to_tsvector(" + PostgresQuery.CONFIG + ", c.body_text) @@ x.q"
                + "   ORDER BY c.id LIMIT 1)"
                + " UNION ALL SELECT 5, 'requester', (SELECT concat_ws(' ', p.name, p.email) FROM contact p"
                + "   WHERE p.id = t.contact_id)"
                + " UNION ALL SELECT 6, 'company', (SELECT co.name FROM company co WHERE co.id = t.company_id)"
                + ") candidates WHERE body IS NOT NULL AND " + matches + " ORDER BY o LIMIT 1) f"
                + " WHERE t.id IN (" + in + ")";
    }

    /** The passage (escaped in the query) with the matched words in {@code <mark>}; any angle bracket left is escaped too. */
    static String marked(String passage) {
        StringBuilder out = new StringBuilder(passage.length() + 32);
        for (char ch : passage.strip().toCharArray()) {
            switch (ch) {
                case START -> out.append("<mark>");
                case STOP -> out.append("</mark>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
