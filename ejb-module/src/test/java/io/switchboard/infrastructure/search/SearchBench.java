package io.switchboard.infrastructure.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index at size (bench/search-bench.sh): indexes synthetic tickets with three
 * comments each through the production field mapping, then times searches as the list runs
 * them (the best {@code MAX_HITS}, then the passages of one page of 25).
 */
public final class SearchBench {

    private static final String[] IT_WORDS = ("printer jam toner vpn outlook password reset laptop docking station"
                    + " monitor flicker network switch firewall certificate expired mailbox quota backup restore"
                    + " server disk full slow login sso mfa token phone headset teams meeting calendar invite"
                    + " license install update driver crash freeze error timeout dns dhcp wifi access denied")
            .split(" ");

    public static void main(String[] args) throws IOException {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = Files.createTempDirectory("search-bench");
        Random random = new Random(42);
        String[] vocabulary = vocabulary(20_000, random);
        try (IndexWriter writer = new IndexWriter(
                FSDirectory.open(dir), new IndexWriterConfig(TicketFields.analyzer()).setRAMBufferSizeMB(256))) {
            long start = System.nanoTime();
            for (int id = 1; id <= tickets; id++) {
                List<String> replies = List.of(text(random, vocabulary, 40), text(random, vocabulary, 30));
                IndexedTicket t = new IndexedTicket(
                        id,
                        text(random, vocabulary, 8),
                        text(random, vocabulary, 80),
                        replies,
                        List.of(text(random, vocabulary, 25)),
                        "Contact " + vocabulary[random.nextInt(2000)] + " c" + id % 5000 + "@example.com",
                        "Company " + vocabulary[random.nextInt(500)]);
                writer.updateDocument(TicketFields.idTerm(id), TicketFields.document(t, 1));
            }
            writer.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "indexed %,d tickets (%,d comments) in %.1f s: %,.0f tickets/s; index %,d MB%n",
                    tickets, tickets * 3L, seconds, tickets / seconds, size(dir) / (1024 * 1024));
            try (SearcherManager searchers = new SearcherManager(writer, null)) {
                IndexSearcher searcher = searchers.acquire();
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, TicketFields.analyzer())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .build();
                String[] fields = TicketFields.TEXT.toArray(String[]::new);
                int[] passages = new int[fields.length];
                Arrays.fill(passages, 1);
                for (int warm = 0; warm < 200; warm++) {
                    run(searcher, highlighter, fields, passages, query(random, vocabulary));
                }
                long[] nanos = new long[queries];
                long totalHits = 0;
                for (int i = 0; i < queries; i++) {
                    String q = query(random, vocabulary);
                    long t0 = System.nanoTime();
                    totalHits += run(searcher, highlighter, fields, passages, q);
                    nanos[i] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                System.out.printf(
                        "%,d queries (1-2 words, number fragments): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
                                + " %,d hits on average%n",
                        queries,
                        ms(nanos, 0.50),
                        ms(nanos, 0.90),
                        ms(nanos, 0.99),
                        nanos[queries - 1] / 1e6,
                        totalHits / queries);
                searchers.release(searcher);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long run(
            IndexSearcher searcher, UnifiedHighlighter highlighter, String[] fields, int[] passages, String q)
            throws IOException {
        Query query = SearchQuery.parse(q, TicketFields.analyzer());
        if (query == null) {
            return 0;
        }
        TopDocs top = searcher.search(query, 1000);
        TopDocs page = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, Math.min(25, top.scoreDocs.length)));
        highlighter.highlightFields(fields, query, page, passages);
        return top.totalHits.value;
    }

    private static String query(Random random, String[] vocabulary) {
        return switch (random.nextInt(4)) {
            case 0 -> IT_WORDS[random.nextInt(IT_WORDS.length)];
            case 1 -> IT_WORDS[random.nextInt(IT_WORDS.length)] + " " + IT_WORDS[random.nextInt(IT_WORDS.length)];
            case 2 -> vocabulary[random.nextInt(vocabulary.length)];
            default -> Integer.toString(100 + random.nextInt(900));
        };
    }

    private static String text(Random random, String[] vocabulary, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (random.nextInt(5) == 0) {
                out.append(IT_WORDS[random.nextInt(IT_WORDS.length)]);
            } else {
                // Zipf-like: common words often, rare ones seldom
                out.append(vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 2000)]);
            }
            out.append(' ');
        }
        return out.toString();
    }

    private static String[] vocabulary(int size, Random random) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int c = 0; c < length; c++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private SearchBench() {}
}
