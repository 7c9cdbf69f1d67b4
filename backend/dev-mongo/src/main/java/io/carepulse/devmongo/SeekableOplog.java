package io.carepulse.devmongo;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.CursorNotFoundException;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's oplog, in place of mongo-java-server's own, which kept every write
 * forever and made each change-stream read load, filter and sort all of them (while holding the
 * oplog's lock, which every write also needs): every write and every event got slower as the
 * database aged. Here:
 * <ul>
 * <li>Entries sit in a map sorted by position ({@link OplogEntries}); a change stream seeks to
 * where it stopped and reads on, so a read costs what it returns, not the oplog's size.</li>
 * <li>Positions are assigned and entries appended under one lock, so they only ever grow, also
 * across restarts, and a reader can never step past an entry written late.</li>
 * <li>Readers see an entry only once it is durable ({@link #published}): a change-stream reader
 * never acts on, or saves a resume token of, a write a crash could still undo.</li>
 * <li>It is trimmed below the oldest position still needed: the open change streams' and the
 * resume tokens readers saved ({@code stream_checkpoints}), those at most a day old, and never more
 * than {@link Limits#maxEntries} entries. A stream that asks for trimmed history gets MongoDB's
 * ChangeStreamHistoryLost error (286) rather than a silent gap.</li>
 * </ul>
 * The change events themselves are built by {@link ChangeEvents}.
 */
final class SeekableOplog implements Oplog {

    private static final Logger log = LoggerFactory.getLogger(SeekableOplog.class);

    /**
     * @param maxEntries        entries kept at most, whatever readers still want: a stale
     *                          checkpoint cannot grow the oplog for ever
     * @param keptAtLeast       the newest entries, kept whoever needs them: a client that lost its
     *                          connection resumes from its last token
     * @param checkpointsKeptFor saved resume tokens older than this no longer hold history back
     * @param idleCursor        a change stream not read for this long was abandoned (its client
     *                          died without closing it)
     * @param trimEvery         appends between two trims (0: only when asked, for tests)
     */
    record Limits(long maxEntries, long keptAtLeast, Duration checkpointsKeptFor, Duration idleCursor,
            int trimEvery) {
        static final Limits DEFAULT = new Limits(200_000, 10_000, Duration.ofDays(1), Duration.ofMinutes(10), 1000);
    }

    private final OplogEntries entries;
    private final Limits limits;
    private final CursorRegistry registry;
    private final ChangeEvents events;
    private final Clock clock;
    private final Supplier<Stream<Long>> checkpoints;
    private final Runnable onPublished;
    private final Map<Long, StreamCursor> cursors = new ConcurrentHashMap<>();
    private final ExecutorService trimmer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("embedded-mongo-oplog-trim").daemon().factory());
    private final AtomicBoolean trimming = new AtomicBoolean();
    /** The inserts an {@link #insert} command in progress on this thread reported, until it knows which happened. */
    private final ThreadLocal<List<Document>> insertsHeld = new ThreadLocal<>();
    private long last; // guarded by this
    private int appendedSinceTrim; // guarded by this
    private volatile long readable;

    /**
     * @param checkpoints  positions of the resume tokens readers saved
     * @param onPublished  called when new entries become readable (wakes waiting change streams)
     */
    SeekableOplog(OplogEntries entries, Limits limits, CursorRegistry registry, ChangeEvents events, Clock clock,
            Supplier<Stream<Long>> checkpoints, Runnable onPublished) {
        this.entries = entries;
        this.limits = limits;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.onPublished = onPublished;
        Long lastKey = entries.lastKey();
        this.last = Math.max(lastKey == null ? 0 : lastKey, entries.horizon());
        this.readable = last;
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        List<Document> recorded = documents.stream().map(document -> ChangeEvents.insert(namespace, document))
                .toList();
        List<Document> held = insertsHeld.get();
        if (held != null) {
            held.addAll(recorded);
        } else {
            append(recorded);
        }
    }

    /**
     * Runs an {@code insert} command and records only the documents it inserted. mongo-java-server
     * reports every document of the command to its oplog, also those it refused (a duplicate key,
     * on {@code _id} or on any unique index) and, in an ordered insert, those after the first
     * refusal that it never tried: a change stream would see inserts that never happened, such as
     * an event log's append refused because the event is logged already.
     */
    Document insert(Document command, Supplier<Document> run) {
        List<Document> held = new ArrayList<>();
        insertsHeld.set(held);
        Document result;
        try {
            result = run.get();
        } finally {
            insertsHeld.remove();
        }
        append(inserted(held, command, result));
        return result;
    }

    /** The entries of {@code reported} whose documents the insert command's {@code result} did not refuse. */
    static List<Document> inserted(List<Document> reported, Document command, Document result) {
        if (result == null || reported.isEmpty()) {
            return List.of();
        }
        Set<Integer> refused = new HashSet<>();
        if (result.get("writeErrors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Document refusal && refusal.get("index") instanceof Number index) {
                    refused.add(index.intValue());
                }
            }
        }
        if (refused.isEmpty()) {
            return reported;
        }
        // As mongo-java-server reads it: an ordered insert stops at its first refusal.
        Object ordered = command.get("ordered");
        boolean stopsAtFirst = Boolean.TRUE.equals(ordered)
                || ordered instanceof Number number && number.intValue() != 0;
        int first = Collections.min(refused);
        List<Document> inserted = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            if (!refused.contains(i) && !(stopsAtFirst && i > first)) {
                inserted.add(reported.get(i));
            }
        }
        return inserted;
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document update, List<Object> modifiedIds) {
        append(modifiedIds.stream().map(id -> ChangeEvents.update(namespace, id, update)).toList());
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        append(deletedIds.stream().map(id -> ChangeEvents.delete(namespace, id)).toList());
    }

    @Override
    public void handleDropCollection(String namespace) {
        append(List.of(ChangeEvents.drop(namespace)));
    }

    /** Records entries the server itself does not report (findAndModify's insert, update or delete). */
    void record(List<Document> recorded) {
        append(recorded);
    }

    private void append(List<Document> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        boolean trim;
        synchronized (this) {
            long now = clock.instant().getEpochSecond() << 32;
            for (Document entry : recorded) {
                long key = Math.max(last + 1, now);
                entry.put("ts", new BsonTimestamp(key));
                entries.put(key, entry);
                last = key;
            }
            appendedSinceTrim += recorded.size();
            trim = limits.trimEvery() > 0 && appendedSinceTrim >= limits.trimEvery();
            if (trim) {
                appendedSinceTrim = 0;
            }
        }
        if (trim && trimming.compareAndSet(false, true)) {
            trimmer.execute(() -> {
                try {
                    trim();
                } catch (RuntimeException e) {
                    log.warn("Could not trim the embedded MongoDB's oplog: {}", e.toString());
                } finally {
                    trimming.set(false);
                }
            });
        }
    }

    /** The last position appended so far; pass it to {@link #published} once it is durable. */
    synchronized long lastAppended() {
        return last;
    }

    /** Entries up to {@code position} are durable: change streams may now return them. */
    void published(long position) {
        if (position > readable) {
            readable = position;
            onPublished.run();
        }
    }

    /** Trims below the oldest position anyone still needs, or to {@link Limits#maxEntries}. */
    void trim() {
        long now = System.nanoTime();
        long needed = readable;
        for (StreamCursor cursor : cursors.values()) {
            if (now - cursor.lastReadNanos > limits.idleCursor().toNanos() || !registered(cursor)) {
                cursors.remove(cursor.getId());
                registry.remove(cursor.getId()); // its next getMore: CursorNotFound, and the driver resumes
            } else {
                needed = Math.min(needed, cursor.position);
            }
        }
        long oldestKept = (clock.instant().minus(limits.checkpointsKeptFor()).getEpochSecond()) << 32;
        needed = Math.min(needed, checkpoints.get().filter(position -> position >= oldestKept)
                .min(Long::compare).orElse(needed));
        long size = entries.size();
        if (size <= limits.keptAtLeast()) {
            return;
        }
        needed = Math.min(needed, entries.keyAt(size - limits.keptAtLeast() - 1));
        if (size > limits.maxEntries()) {
            Long capped = entries.keyAt(size - limits.maxEntries() - 1);
            needed = capped == null ? needed : Math.max(needed, capped);
        }
        if (needed <= entries.horizon()) {
            return;
        }
        // The horizon first: a reader of what is being removed fails instead of skipping it.
        entries.horizon(needed);
        entries.removeUpTo(needed);
    }

    /**
     * Forgets the entries up to and including {@code position}, as an oplog overrun by a burst
     * would: a change stream or saved resume token at or before it then gets
     * ChangeStreamHistoryLost. For tests of how readers recover.
     */
    void forgetHistoryThrough(long position) {
        long upTo = Math.min(position + 1, readable);
        if (upTo > entries.horizon()) {
            entries.horizon(upTo);
            entries.removeUpTo(upTo);
        }
    }

    private boolean registered(StreamCursor cursor) {
        try {
            return registry.getCursor(cursor.getId()) == cursor;
        } catch (CursorNotFoundException e) {
            return false;
        }
    }

    @Override
    public Cursor createCursor(Document stream, String namespace, Aggregation aggregation) {
        long start;
        if (stream.get("startAfter") instanceof Document token) {
            start = ChangeEvents.position(token);
        } else if (stream.get("resumeAfter") instanceof Document token) {
            start = ChangeEvents.position(token);
        } else if (stream.get("startAtOperationTime") instanceof BsonTimestamp time) {
            start = time.getValue() - 1;
        } else {
            start = readable;
        }
        StreamCursor cursor = new StreamCursor(registry.generateCursorId(), namespace, stream, aggregation, start);
        cursor.checkHistory(start);
        registry.add(cursor);
        cursors.put(cursor.getId(), cursor);
        return cursor;
    }

    /** Change streams open on this server now. */
    int openCursors() {
        return cursors.size();
    }

    /** Entries kept now (for tests and the benchmark's report). */
    long size() {
        return entries.size();
    }

    /** One change stream: where it has read up to, and its pipeline after {@code $changeStream}. */
    private final class StreamCursor extends de.bwaldvogel.mongo.backend.AbstractCursor {

        /** At most this many entries are looked at per read, so one read never holds a thread long. */
        private static final int SCAN_LIMIT = 10_000;
        private static final int DEFAULT_BATCH = 101;

        private final String namespace;
        private final Document stream;
        private final Aggregation aggregation;
        private volatile long position;
        private volatile long lastReadNanos = System.nanoTime();
        private boolean invalidated;

        StreamCursor(long id, String namespace, Document stream, Aggregation aggregation, long position) {
            super(id);
            this.namespace = namespace;
            this.stream = stream;
            this.aggregation = aggregation;
            this.position = position;
        }

        void checkHistory(long from) {
            if (from < entries.horizon()) {
                throw ChangeEvents.historyLost();
            }
        }

        @Override
        public boolean isEmpty() {
            return invalidated;
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            lastReadNanos = System.nanoTime();
            long from = position;
            checkHistory(from);
            long upTo = readable;
            int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_BATCH;
            List<Document> batch = new ArrayList<>();
            long reached = from;
            int scanned = 0;
            var iterator = entries.after(from);
            while (iterator.hasNext() && batch.size() < wanted && scanned < SCAN_LIMIT && !invalidated) {
                Map.Entry<Long, Document> entry = iterator.next();
                if (entry.getKey() > upTo) {
                    break;
                }
                reached = entry.getKey();
                scanned++;
                Document event = events.event(entry.getKey(), entry.getValue(), namespace, stream);
                if (event == null) {
                    continue;
                }
                (aggregation == null ? Stream.of(event) : aggregation.runStagesAsStream(Stream.of(event)))
                        .forEach(batch::add);
                if ("drop".equals(event.get("operationType"))) {
                    batch.add(ChangeEvents.invalidate(entry.getKey()));
                    invalidated = true;
                }
            }
            // Trimmed meanwhile below what this read started from: history may be missing, so say so.
            checkHistory(from);
            position = reached;
            return batch;
        }
    }

    /** Stops the trimming thread (on server shutdown). */
    void close() {
        trimmer.shutdownNow();
    }
}
