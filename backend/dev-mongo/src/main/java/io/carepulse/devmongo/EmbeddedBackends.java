package io.carepulse.devmongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's backends as CarePulse runs them: with {@link SeekableOplog} in place of
 * their own oplog, change streams that wait for data ({@link AwaitData}), findAndModify reported to
 * the oplog, and, for the H2 file, every acknowledged write committed to the file before the
 * answer goes out (group commit: one commit covers every write finished before it starts).
 */
final class EmbeddedBackends {

    /** Commands that never write; after any other the file is committed before answering. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "serverstatus",
            "getlasterror", "killcursors", "endsessions", "dbstats", "collstats", "connectionstatus",
            "whatsmyuri", "getparameter", "getcmdlineopts", "getlog", "hostinfo", "saslstart", "saslcontinue",
            "getfreemonitoringstatus", "explain");
    static final String CHECKPOINTS = "stream_checkpoints";

    private EmbeddedBackends() {
    }

    static MongoBackend memory() {
        return new MemoryStore(new Hook());
    }

    static MongoBackend file(String file) {
        Path path = Path.of(file).toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the embedded MongoDB file " + path, e);
        }
        FileStore backend = new FileStore(new MVStore.Builder().fileName(path.toString()).open(), new Hook());
        backend.dropOldOplog();
        return backend;
    }

    /** Change streams open on the backend now. */
    static int openChangeStreams(MongoBackend backend) {
        SeekableOplog oplog = oplogOf(backend);
        return oplog == null ? 0 : oplog.openCursors();
    }

    /** See {@link SeekableOplog#forgetHistoryThrough}. */
    static void forgetChangeHistoryThrough(MongoBackend backend, long position) {
        SeekableOplog oplog = oplogOf(backend);
        if (oplog != null) {
            oplog.forgetHistoryThrough(position);
        }
    }

    /** The backend's oplog, once it has one (null for a backend not made here). */
    private static SeekableOplog oplogOf(MongoBackend backend) {
        Hook hook = backend instanceof MemoryStore memory ? memory.hook
                : backend instanceof FileStore file ? file.hook : null;
        return hook == null ? null : hook.oplog;
    }

    /** The in-memory store of tests and benchmarks. */
    private static final class MemoryStore extends MemoryBackend {
        private final Hook hook;

        MemoryStore(Hook hook) {
            this.hook = hook;
        }

        @Override
        public de.bwaldvogel.mongo.backend.memory.MemoryDatabase openOrCreateDatabase(String name) {
            return new IdLookups.Database(name, getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return hook.handle(database, command, query, () -> super.handleCommand(channel, database, command, query));
        }

        @Override
        protected Oplog createOplog() {
            return hook.install(this, OplogEntries.inMemory(), getCursorRegistry(), getClock(), () -> {
            }, this::listDatabaseNames);
        }

        @Override
        public void close() {
            hook.close();
            super.close();
        }
    }

    /** The H2 file of {@code make run}. */
    private static final class FileStore extends H2Backend {
        private final Hook hook;
        private final MVStore store;

        FileStore(MVStore store, Hook hook) {
            super(store, Clock.systemDefaultZone());
            this.store = store;
            this.hook = hook;
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return hook.handle(database, command, query, () -> super.handleCommand(channel, database, command, query));
        }

        @Override
        protected Oplog createOplog() {
            return hook.install(this, OplogEntries.in(store), getCursorRegistry(), getClock(), store::commit,
                    this::listDatabaseNames);
        }

        /** Earlier versions kept mongo-java-server's own oplog in local.oplog.rs: every write ever made. */
        void dropOldOplog() {
            if (store.getMapNames().stream().anyMatch(name -> name.startsWith("databases.local."))) {
                resolveDatabase("local");
                dropDatabase("local");
                store.commit();
            }
        }

        @Override
        public void close() {
            hook.close();
            super.close();
        }
    }

    /** What both backends do around each command. */
    private static final class Hook {
        private final AwaitData awaitData = new AwaitData();
        private final AtomicLong requested = new AtomicLong();
        private final Object commitLock = new Object();
        private long committed; // guarded by commitLock
        private SeekableOplog oplog;
        private ChangeEvents events;
        private Runnable commit;

        Oplog install(AbstractMongoBackend backend, OplogEntries entries, CursorRegistry registry, Clock clock,
                Runnable commit, Supplier<Set<String>> databases) {
            this.events = new ChangeEvents(backend);
            this.commit = commit;
            this.oplog = new SeekableOplog(entries, SeekableOplog.Limits.DEFAULT, registry, events, clock,
                    () -> checkpoints(backend, databases.get()), awaitData::published);
            return oplog;
        }

        Document handle(String database, String command, Document query, Supplier<Document> run) {
            String name = command.toLowerCase(Locale.ROOT);
            if ("getmore".equals(name)) {
                return awaitData.getMore(query, run);
            }
            boolean writes = !READS.contains(name) && !readOnlyAggregate(name, query);
            Document result = null;
            try {
                // An insert's refused documents never reach the oplog (mongo-java-server reports them too).
                result = "insert".equals(name) && oplog != null ? oplog.insert(query, run) : run.get();
                return result;
            } finally {
                if (writes && oplog != null) {
                    if ("findandmodify".equals(name)) {
                        oplog.record(events.ofFindAndModify(database, query, result));
                    }
                    durable();
                }
            }
        }

        /**
         * Commits the file once for this write and every other finished before the commit starts,
         * then lets change streams read what it covered. A writer whose ticket an earlier commit
         * already covered returns at once.
         */
        private void durable() {
            long ticket = requested.incrementAndGet();
            synchronized (commitLock) {
                if (committed >= ticket) {
                    return;
                }
                long upTo = requested.get();
                long position = oplog.lastAppended();
                commit.run();
                committed = upTo;
                oplog.published(position);
            }
        }

        void close() {
            if (oplog != null) {
                oplog.close();
            }
        }

        private static boolean readOnlyAggregate(String name, Document query) {
            return "aggregate".equals(name) && !String.valueOf(query.get("pipeline")).contains("$out")
                    && !String.valueOf(query.get("pipeline")).contains("$merge");
        }

        /** The positions of the resume tokens change-stream readers saved ({@code stream_checkpoints}). */
        private static Stream<Long> checkpoints(AbstractMongoBackend backend, Set<String> databases) {
            List<Long> positions = new ArrayList<>();
            for (String database : List.copyOf(databases)) {
                MongoCollection<?> collection = backend.resolveDatabase(database).resolveCollection(CHECKPOINTS, false);
                if (collection == null) {
                    continue;
                }
                for (Document checkpoint : collection.queryAll()) {
                    if (checkpoint.get("token") instanceof Document token) {
                        try {
                            positions.add(ChangeEvents.position(token));
                        } catch (RuntimeException e) {
                            // A token of another server's format: it holds nothing back.
                        }
                    }
                }
            }
            return positions.stream();
        }
    }
}
