package io.carepulse.devmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The embedded server's oplog: reads seek to their resume point, see only what is durable, and history is bounded. */
class SeekableOplogTest {

    private static final String NS = "carepulse.live_events";

    private final CountingEntries entries = new CountingEntries(OplogEntries.inMemory());
    private final CursorRegistry registry = new CursorRegistry();
    private final AtomicLong published = new AtomicLong();
    private List<Long> checkpoints = List.of();

    private SeekableOplog oplog(long maxEntries) {
        return new SeekableOplog(entries, new SeekableOplog.Limits(maxEntries, 100, Duration.ofDays(1),
                Duration.ofMinutes(10), 0), registry, new ChangeEvents(null), Clock.systemUTC(),
                () -> checkpoints.stream(), published::incrementAndGet);
    }

    @Test
    void aStreamReadsOnlyWhatFollowsItsPositionHoweverLongTheOplog() {
        SeekableOplog oplog = oplog(1_000_000);
        insert(oplog, 50_000);
        Cursor fromNow = oplog.createCursor(new Document(), NS, null);
        Cursor resumed = oplog.createCursor(new Document("resumeAfter", ChangeEvents.token(position(oplog, 49_989))),
                NS, null);

        entries.iterated.set(0);
        assertThat(resumed.takeDocuments(100)).hasSize(10);
        assertThat(entries.iterated).hasValue(10);

        insert(oplog, 1);
        entries.iterated.set(0);
        List<Document> next = fromNow.takeDocuments(100);
        assertThat(next).hasSize(1);
        assertThat(next.getFirst().get("operationType")).isEqualTo("insert");
        assertThat(((Document) next.getFirst().get("fullDocument")).get("n")).isEqualTo(50_000);
        assertThat(entries.iterated).as("entries looked at").hasValue(1);
    }

    @Test
    void aStreamSeesAnEntryOnlyOnceItIsPublishedAsDurable() {
        SeekableOplog oplog = oplog(1_000_000);
        Cursor cursor = oplog.createCursor(new Document(), NS, null);
        oplog.handleInsert(NS, List.of(new Document("_id", 1)));
        assertThat(cursor.takeDocuments(10)).isEmpty();

        long before = published.get();
        oplog.published(oplog.lastAppended());
        assertThat(published.get()).as("waiting streams woken").isEqualTo(before + 1);
        assertThat(cursor.takeDocuments(10)).extracting(event -> event.get("documentKey"))
                .containsExactly(new Document("_id", 1));
    }

    @Test
    void anInsertRefusedForADuplicateKeyIsNoChange() {
        SeekableOplog oplog = oplog(1_000_000);
        Cursor cursor = oplog.createCursor(new Document(), NS, null);
        List<Document> documents = IntStream.range(0, 3).mapToObj(i -> new Document("_id", i)).toList();
        // As mongo-java-server runs an insert: every document reported, refusals answered as write errors.
        Document refusedSecond = new Document("writeErrors", List.of(new Document("index", 1).append("code", 11000)));
        oplog.insert(new Document("insert", "live_events").append("ordered", false), () -> {
            oplog.handleInsert(NS, documents);
            return refusedSecond;
        });
        oplog.insert(new Document("insert", "live_events").append("ordered", true), () -> {
            oplog.handleInsert(NS, documents.stream().map(d -> new Document("_id", 10 + (int) d.get("_id"))).toList());
            return refusedSecond; // an ordered insert stops there: the third was never tried
        });
        oplog.published(oplog.lastAppended());

        assertThat(cursor.takeDocuments(10)).extracting(event -> event.get("documentKey"))
                .containsExactly(new Document("_id", 0), new Document("_id", 2), new Document("_id", 10));
    }

    @Test
    void historyNobodyNeedsIsTrimmedAndAStreamAskingForItIsTold() {
        SeekableOplog oplog = oplog(1_000_000);
        insert(oplog, 5_000);
        long early = position(oplog, 10);
        oplog.trim();

        assertThat(oplog.size()).as("only the newest entries kept").isEqualTo(100);
        assertThatThrownBy(() -> oplog.createCursor(new Document("resumeAfter", ChangeEvents.token(early)), NS, null))
                .isInstanceOfSatisfying(MongoServerError.class, e -> assertThat(e.getCode()).isEqualTo(286));
        Cursor recent = oplog.createCursor(new Document("resumeAfter",
                ChangeEvents.token(entries.keyAt(entries.size() - 3))), NS, null);
        assertThat(recent.takeDocuments(100)).hasSize(2);
    }

    @Test
    void trimmingKeepsWhatOpenStreamsAndSavedResumeTokensStillNeed() {
        SeekableOplog oplog = oplog(1_000_000);
        insert(oplog, 3_000);
        Cursor slow = oplog.createCursor(new Document("resumeAfter", ChangeEvents.token(position(oplog, 1_000))),
                NS, null);
        checkpoints = List.of(position(oplog, 2_000));
        oplog.trim();
        assertThat(oplog.size()).isEqualTo(1_999);
        assertThat(slow.takeDocuments(5_000)).hasSize(1_999);

        registry.remove(slow.getId()); // the driver closed it
        oplog.trim();
        assertThat(oplog.size()).as("kept after the saved resume token").isEqualTo(999);
    }

    @Test
    void theCapWinsOverAStaleReaderWhichIsToldItsHistoryIsLost() {
        SeekableOplog oplog = oplog(1_000);
        insert(oplog, 5_000);
        Cursor stale = oplog.createCursor(new Document("resumeAfter", ChangeEvents.token(position(oplog, 10))),
                NS, null);
        oplog.trim();

        assertThat(oplog.size()).isEqualTo(1_000);
        assertThatThrownBy(() -> stale.takeDocuments(100))
                .isInstanceOfSatisfying(MongoServerError.class, e -> assertThat(e.getCode()).isEqualTo(286));
    }

    private void insert(SeekableOplog oplog, int count) {
        long first = entries.size();
        IntStream.range(0, count).forEach(i -> oplog.handleInsert(NS,
                List.of(new Document("_id", first + i).append("n", (int) first + i))));
        oplog.published(oplog.lastAppended());
    }

    /** The position of the n-th entry kept (0 is the oldest). */
    private long position(SeekableOplog oplog, long n) {
        return entries.keyAt(n);
    }

    /** Counts the entries readers iterate over. */
    private static final class CountingEntries implements OplogEntries {
        final AtomicLong iterated = new AtomicLong();
        private final OplogEntries delegate;

        CountingEntries(OplogEntries delegate) {
            this.delegate = delegate;
        }

        @Override
        public Long lastKey() {
            return delegate.lastKey();
        }

        @Override
        public void put(long key, Document entry) {
            delegate.put(key, entry);
        }

        @Override
        public Iterator<Map.Entry<Long, Document>> after(long key) {
            Iterator<Map.Entry<Long, Document>> iterator = delegate.after(key);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public Map.Entry<Long, Document> next() {
                    iterated.incrementAndGet();
                    return iterator.next();
                }
            };
        }

        @Override
        public Long keyAt(long index) {
            return delegate.keyAt(index);
        }

        @Override
        public void removeUpTo(long key) {
            delegate.removeUpTo(key);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public long horizon() {
            return delegate.horizon();
        }

        @Override
        public void horizon(long key) {
            delegate.horizon(key);
        }
    }
}
