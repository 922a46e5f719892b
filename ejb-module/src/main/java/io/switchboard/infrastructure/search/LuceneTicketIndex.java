package io.switchboard.infrastructure.search;

import io.switchboard.application.search.Highlight;
import io.switchboard.application.search.SearchHit;
import io.switchboard.application.search.SearchIndexStatus;
import io.switchboard.application.search.TicketSearch;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's ticket index on Lucene, in a directory of its own. It follows the outbox (see
 * {@link #follow()}), and a search first takes in the events committed before it started. All
 * writes go through one lock, so an older read of a ticket never overwrites a newer one.
 */
@ApplicationScoped
@Typed(LuceneTicketIndex.class)
public class LuceneTicketIndex implements TicketSearch {

    private static final Logger LOG = Logger.getLogger(LuceneTicketIndex.class.getName());
    private static final int BATCH = 500;

    @Inject
    TicketDocuments documents;

    @Inject
    OutboxTail outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.search.index-dir")
    Optional<String> configuredDir;

    private final ReentrantLock writing = new ReentrantLock();
    private final Analyzer analyzer = TicketFields.analyzer();
    private volatile IndexState state;
    private volatile boolean rebuildRequested;
    private volatile boolean rebuilding;
    private volatile Instant lastRebuild;
    private volatile long lastRebuildMillis;

    @Override
    public List<SearchHit> search(String text, int limit) {
        Query query = SearchQuery.parse(text, analyzer);
        if (query == null) {
            return List.of();
        }
        IndexState s = opened();
        writing.lock();
        try {
            s.take(outbox.after(s.position(), OutboxFollower.BACKLOG), documents);
        } finally {
            writing.unlock();
        }
        return s.read(searcher -> {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc d : searcher.search(query, limit).scoreDocs) {
                hits.add(new SearchHit(s.ticketId(searcher, d.doc), d.score));
            }
            return hits;
        });
    }

    @Override
    public Map<Long, Highlight> highlight(String text, Collection<Long> ticketIds) {
        Query query = SearchQuery.parse(text, analyzer);
        if (query == null || ticketIds.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> ids =
                ticketIds.stream().map(id -> TicketFields.idTerm(id).bytes()).toList();
        Query those = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermInSetQuery(TicketFields.ID, ids), Occur.FILTER)
                .build();
        IndexState s = opened();
        return s.read(searcher -> {
            TopDocs top = searcher.search(those, ticketIds.size());
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .build();
            String[] fields = TicketFields.TEXT.toArray(String[]::new);
            int[] passages = new int[fields.length];
            java.util.Arrays.fill(passages, 1);
            Map<String, String[]> found = highlighter.highlightFields(fields, those, top, passages);
            Map<Long, Highlight> out = new LinkedHashMap<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                long id = s.ticketId(searcher, top.scoreDocs[i].doc);
                for (String field : fields) {
                    String fragment = found.get(field)[i];
                    if (fragment != null && fragment.contains("<mark>")) {
                        out.put(id, new Highlight(field, fragment.strip()));
                        break;
                    }
                }
            }
            return out;
        });
    }

    @Override
    public SearchIndexStatus status() {
        IndexState s = opened();
        return new SearchIndexStatus(
                "lucene " + org.apache.lucene.util.Version.LATEST,
                s.read(searcher -> (long) searcher.getIndexReader().numDocs()),
                s.position(),
                rebuilding || rebuildRequested,
                lastRebuild,
                lastRebuildMillis);
    }

    @Override
    public void rebuild() {
        rebuildRequested = true; // the follower's next tick runs it
    }

    /**
     * One step of following the outbox, run every second on every server: a rebuild when asked
     * for (or when the index is new or was made from another database), the events since the
     * last position, and a look back over recent events that committed out of order.
     */
    void follow() {
        IndexState s = opened();
        OutboxTail.Origin origin = outbox.origin();
        if (rebuildRequested || !s.madeFrom(origin)) {
            rebuildRequested = false;
            rebuild(s, origin);
        }
        writing.lock();
        try {
            List<OutboxTail.Change> changes;
            do {
                changes = outbox.after(s.position(), OutboxFollower.BACKLOG);
                s.take(changes, documents);
            } while (changes.size() == OutboxFollower.BACKLOG);
            Instant since = clock.instant().minus(OutboxFollower.LOOK_BACK);
            s.take(outbox.since(since, Integer.MAX_VALUE), documents);
            s.forgetBefore(since);
            s.commitIfChanged();
        } finally {
            writing.unlock();
        }
    }

    private void rebuild(IndexState s, OutboxTail.Origin origin) {
        rebuilding = true;
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        try {
            long generation;
            writing.lock();
            try {
                generation = s.startGeneration(origin);
            } finally {
                writing.unlock();
            }
            List<IndexedTicket> batch = new ArrayList<>(BATCH);
            documents.readAll(t -> {
                batch.add(t);
                if (batch.size() == BATCH) {
                    write(s, batch);
                }
            });
            write(s, batch);
            writing.lock();
            try {
                s.finishGeneration(generation, origin);
                // The rebuild read a snapshot: take in again what changed while it ran.
                s.retake(outbox.since(startedAt.minus(OutboxFollower.LOOK_BACK), Integer.MAX_VALUE), documents);
                s.commit();
            } finally {
                writing.unlock();
            }
            lastRebuildMillis = (System.nanoTime() - started) / 1_000_000;
            lastRebuild = clock.instant();
            LOG.info(() -> "search index rebuilt: "
                    + s.read(x -> x.getIndexReader().numDocs()) + " tickets in " + lastRebuildMillis + " ms");
        } finally {
            rebuilding = false;
        }
    }

    private void write(IndexState s, List<IndexedTicket> batch) {
        writing.lock();
        try {
            s.put(batch);
        } finally {
            writing.unlock();
        }
        batch.clear();
    }

    private IndexState opened() {
        IndexState s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    state = open();
                }
                s = state;
            }
        }
        return s;
    }

    private IndexState open() {
        Path dir = configuredDir
                .filter(d -> !d.isBlank())
                .map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "switchboard-search-index"));
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
            LOG.info(() -> "search index at " + dir.toAbsolutePath());
            return new IndexState(writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index at " + dir + " could not be opened", e);
        }
    }

    @PreDestroy
    void close() {
        IndexState s = state;
        if (s != null) {
            writing.lock();
            try {
                s.close();
            } finally {
                writing.unlock();
            }
        }
    }

    static Set<String> idField() {
        return Set.of(TicketFields.ID);
    }

    static Term idTerm(long id) {
        return TicketFields.idTerm(id);
    }

    static Query olderThan(long generation) {
        return LongPoint.newRangeQuery(TicketFields.GENERATION, Long.MIN_VALUE, generation - 1);
    }
}
