package io.switchboard.application.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches words from a sentence against catalogue names, forgiving case, accents, punctuation,
 * company suffixes ("Corp", "Inc") and small typos. Deterministic: ties go to the name that sorts
 * first, then the lower id.
 */
final class FuzzyNames<T> {

    /** How close a typo may be: "Globx" still finds "Globex", "intent" does not find "Initech". */
    static final double THRESHOLD = 0.8;
    /** How sure a clipped word is: enough to propose, never enough to count as exact. */
    static final double PREFIX = 0.85;

    private static final Set<String> SUFFIXES = Set.of(
            "corp",
            "corporation",
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "gmbh",
            "ag",
            "co",
            "company",
            "plc",
            "group",
            "sa",
            "bv",
            "the");

    /** One way to call a candidate, already normalised. */
    private record Alias<T>(T candidate, String sortName, String text, boolean partial) {}

    /** The best candidate for some words, how sure the match is, and the runner-up if it was close. */
    record Match<T>(T candidate, double score, boolean exact, T alsoClose) {}

    private final List<Alias<T>> aliases = new ArrayList<>();

    /**
     * {@code names} gives every full name a candidate answers to (a display name and a login, say);
     * a name of several words also answers to its first distinctive word ("Acme" for "Acme Corp").
     */
    FuzzyNames(List<T> candidates, Function<T, List<String>> names) {
        for (T c : candidates) {
            List<String> all = names.apply(c);
            String sortName = all.get(0).toLowerCase(Locale.ROOT);
            for (String name : all) {
                String full = normalise(name);
                String stripped = stripSuffixes(full);
                add(c, sortName, full, false);
                add(c, sortName, stripped, false);
                String first = stripped.contains(" ") ? stripped.substring(0, stripped.indexOf(' ')) : null;
                if (first != null && first.length() >= 3) {
                    add(c, sortName, first, true);
                }
            }
        }
    }

    private void add(T candidate, String sortName, String text, boolean partial) {
        if (!text.isBlank()
                && aliases.stream()
                        .noneMatch(a -> a.candidate() == candidate && a.text().equals(text))) {
            aliases.add(new Alias<>(candidate, sortName, text, partial));
        }
    }

    /** The best match for these words, or null when nothing is close enough. */
    Match<T> match(String words, boolean allowFuzzy) {
        String query = normalise(words);
        String strippedQuery = stripSuffixes(query);
        if (query.isBlank()) {
            return null;
        }
        record Scored<T>(T candidate, String sortName, double score) {}
        List<Scored<T>> scored = new ArrayList<>();
        for (Alias<T> a : aliases) {
            double s = Math.max(similarity(query, a.text()), similarity(strippedQuery, a.text()));
            if (allowFuzzy
                    && query.length() >= 4
                    && a.text().startsWith(query)
                    && a.text().length() > query.length()) {
                s = Math.max(s, PREFIX); // "infra" for "Infrastructure": a clipped word, as people type them
            }
            if (a.partial()) {
                s -= 0.01; // a first word alone is a little less sure than the whole name
            }
            if (s >= 0.999 - 0.01
                    || (allowFuzzy
                            && s >= THRESHOLD
                            && Math.min(query.length(), a.text().length()) >= 4)) {
                scored.add(new Scored<>(a.candidate(), a.sortName(), s));
            }
        }
        if (scored.isEmpty()) {
            return null;
        }
        scored.sort(Comparator.<Scored<T>>comparingDouble(x -> -x.score()).thenComparing(Scored::sortName));
        Scored<T> best = scored.get(0);
        T runnerUp = scored.stream()
                .filter(x -> x.candidate() != best.candidate() && best.score() - x.score() < 0.05)
                .map(Scored::candidate)
                .findFirst()
                .orElse(null);
        return new Match<>(best.candidate(), best.score(), best.score() >= 0.98, runnerUp);
    }

    static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    static String stripSuffixes(String normalised) {
        List<String> words = new ArrayList<>(List.of(normalised.split(" ")));
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance(a, b) / max;
    }

    /** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
