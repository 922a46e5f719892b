package io.switchboard.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * The open index and how far it has read: the outbox position, the highest ticket id seen, the
 * generation of its documents and the database it was made from, all kept in the commit so a
 * restarted server goes on where it stopped. Callers hold the index's write lock for every
 * method that changes it.
 */
final class IndexState {

    /** Reads the searcher it is handed; IOException is the index's failure. */
    interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    private static final int READ_BATCH = 500;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Positions taken in during the look-back window, so the look back applies each event once. */
    private final NavigableMap<Long, Instant> recent = new TreeMap<>();

    private volatile long position;
    private long highestTicket;
    private long generation;
    /** The generation new documents get: one ahead of {@code generation} while a rebuild runs. */
    private long writeGeneration;

    private String fingerprint;
    private boolean changed;

    IndexState(IndexWriter writer, SearcherManager searchers) throws IOException {
        this.writer = writer;
        this.searchers = searchers;
        Map<String, String> data = new HashMap<>();
        if (DirectoryReader.indexExists(writer.getDirectory())) {
            try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
                data.putAll(reader.getIndexCommit().getUserData());
            }
        }
        position = Long.parseLong(data.getOrDefault("position", "0"));
        highestTicket = Long.parseLong(data.getOrDefault("highestTicket", "0"));
        generation = Long.parseLong(data.getOrDefault("generation", "0"));
        fingerprint = data.get("fingerprint");
        writeGeneration = generation;
    }

    long position() {
        return position;
    }

    /** Whether this index was made from the database the outbox describes. */
    boolean madeFrom(OutboxTail.Origin origin) {
        if (fingerprint == null) {
            return false; // never built
        }
        if (fingerprint.isEmpty() && !origin.fingerprint().isEmpty()) {
            fingerprint = origin.fingerprint(); // made before the first event: every event is still ahead
        }
        return fingerprint.equals(origin.fingerprint()) && position <= origin.newest();
    }

    /** Takes in the given events (those not yet taken) and every ticket created since the last look. */
    void take(List<OutboxTail.Change> changes, TicketDocuments documents) {
        Set<Long> tickets = new LinkedHashSet<>();
        for (OutboxTail.Change c : changes) {
            if (recent.putIfAbsent(c.position(), c.occurredAt()) == null) {
                tickets.add(c.ticketId());
            }
            position = Math.max(position, c.position());
        }
        List<Long> created = documents.idsAfter(highestTicket, READ_BATCH);
        tickets.addAll(created);
        created.forEach(id -> highestTicket = Math.max(highestTicket, id));
        reindex(tickets, documents);
    }

    /** Takes in these events' tickets again, taken before or not. */
    void retake(List<OutboxTail.Change> changes, TicketDocuments documents) {
        recent.clear();
        take(changes, documents);
    }

    void forgetBefore(Instant since) {
        recent.values().removeIf(at -> at.isBefore(since));
    }

    long startGeneration(OutboxTail.Origin origin) {
        if (!origin.fingerprint().equals(fingerprint) || position > origin.newest()) {
            position = origin.newest(); // another database: nothing of this index's position holds
            recent.clear();
        }
        writeGeneration = generation + 1;
        return writeGeneration;
    }

    void put(List<IndexedTicket> tickets) {
        try {
            for (IndexedTicket t : tickets) {
                writer.updateDocument(TicketFields.idTerm(t.id()), TicketFields.document(t, writeGeneration));
                highestTicket = Math.max(highestTicket, t.id());
            }
            changed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        }
    }

    /** Drops every document a rebuild did not write again (tickets gone since). */
    void finishGeneration(long newGeneration, OutboxTail.Origin origin) {
        try {
            writer.deleteDocuments(LuceneTicketIndex.olderThan(newGeneration));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        }
        generation = newGeneration;
        fingerprint = origin.fingerprint();
        changed = true;
    }

    void commitIfChanged() {
        if (changed) {
            commit();
        }
    }

    void commit() {
        writer.setLiveCommitData(Map.of(
                        "position", Long.toString(position),
                        "highestTicket", Long.toString(highestTicket),
                        "generation", Long.toString(generation),
                        "fingerprint", fingerprint == null ? "" : fingerprint)
                .entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be committed", e);
        }
        changed = false;
    }

    <T> T read(Reading<T> reading) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    long ticketId(IndexSearcher searcher, int doc) throws IOException {
        return Long.parseLong(searcher.storedFields()
                .document(doc, LuceneTicketIndex.idField())
                .get(TicketFields.ID));
    }

    void close() {
        try {
            if (fingerprint != null) {
                commit();
            }
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be closed", e);
        }
    }

    private void reindex(Collection<Long> ids, TicketDocuments documents) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        try {
            for (int from = 0; from < all.size(); from += READ_BATCH) {
                List<Long> slice = all.subList(from, Math.min(all.size(), from + READ_BATCH));
                List<IndexedTicket> found = documents.read(slice);
                put(found);
                Set<Long> present = new java.util.HashSet<>();
                found.forEach(t -> present.add(t.id()));
                for (Long id : slice) {
                    if (!present.contains(id)) {
                        writer.deleteDocuments(TicketFields.idTerm(id));
                    }
                }
            }
            changed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        }
    }
}
