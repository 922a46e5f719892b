package io.switchboard.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free words of a search as a PostgreSQL tsquery, with the same meaning as on Lucene: every
 * word must match, "quoted words" as a phrase, {@code -word} excludes, {@code word*} is a prefix,
 * and a number (up to the digits of a ticket number) also finds tickets whose number contains
 * it. The user's text only ever reaches the database as bind parameters of the parsing
 * functions, and a prefix is cut to letters and digits first, so nothing typed is tsquery syntax
 * and no search fails.
 *
 * @param sql a tsquery expression with {@code ?} for each of {@code parameters}
 * @param number the ticket id the text is, when it is a number: that ticket ranks first
 */
record PostgresQuery(String sql, List<String> parameters, Long number) {

    static final String CONFIG = "'english'";
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Null when nothing in the text can match: no word, or only words to exclude. */
    static PostgresQuery parse(String text) {
        List<String> must = new ArrayList<>();
        List<String> mustNot = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.strip());
        while (m.find()) {
            if (m.group(2) != null) {
                if (!m.group(2).isBlank()) {
                    add(m.group(1).isEmpty() ? must : mustNot, "phraseto_tsquery(" + CONFIG + ", ?)");
                    (m.group(1).isEmpty() ? parameters : excluded).add(m.group(2));
                }
                continue;
            }
            String word = m.group(4);
            boolean negative = !m.group(3).isEmpty();
            if (word.endsWith("*")) {
                String prefix = NOT_WORD.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
                if (!prefix.isEmpty()) {
                    add(negative ? mustNot : must, "to_tsquery(" + CONFIG + ", ?)");
                    (negative ? excluded : parameters).add(prefix + ":*");
                }
                continue;
            }
            add(negative ? mustNot : must, "plainto_tsquery(" + CONFIG + ", ?)");
            (negative ? excluded : parameters).add(word);
        }
        if (must.isEmpty()) {
            return null;
        }
        StringBuilder sql = new StringBuilder("(" + String.join(" && ", must) + ")");
        for (String not : mustNot) {
            sql.append(" && !!").append(not);
        }
        parameters.addAll(excluded);
        String digits = text.strip().replaceFirst("^0+(?=\\d)", "");
        if (DIGITS.matcher(digits).matches()) {
            List<String> either = new ArrayList<>(List.of("n" + digits + ":*"));
            either.addAll(parameters);
            return new PostgresQuery("(to_tsquery('simple', ?) || " + sql + ")", either, Long.valueOf(digits));
        }
        return new PostgresQuery("(" + sql + ")", parameters, null);
    }

    private static void add(List<String> to, String expression) {
        to.add(expression);
    }
}
