package io.carepulse.devmongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Where {@link SeekableOplog} keeps its entries: a map sorted by position (the entry's BSON
 * timestamp value), so a reader seeks to where it stopped instead of scanning, and the horizon:
 * the position up to which entries were trimmed away.
 */
interface OplogEntries {

    Long lastKey();

    void put(long key, Document entry);

    /** Entries after {@code key}, in order. */
    Iterator<Map.Entry<Long, Document>> after(long key);

    /** The key of the entry at this index (0 is the oldest), or null. */
    Long keyAt(long index);

    /** Removes the entries up to and including {@code key}. */
    void removeUpTo(long key);

    long size();

    long horizon();

    void horizon(long key);

    /** In the H2 file, beside the collections: committed with them, never dropped with a database. */
    static OplogEntries in(MVStore store) {
        // A '$' cannot start a database name, so H2Backend never takes these maps for a database's.
        MVMap<Long, Document> map = store.openMap("$oplog");
        MVMap<String, Long> meta = store.openMap("$oplog.meta");
        return new OplogEntries() {
            @Override
            public Long lastKey() {
                return map.lastKey();
            }

            @Override
            public void put(long key, Document entry) {
                map.put(key, entry);
            }

            @Override
            public Iterator<Map.Entry<Long, Document>> after(long key) {
                org.h2.mvstore.Cursor<Long, Document> cursor = map.cursor(key + 1);
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return cursor.hasNext();
                    }

                    @Override
                    public Map.Entry<Long, Document> next() {
                        Long next = cursor.next();
                        return Map.entry(next, cursor.getValue());
                    }
                };
            }

            @Override
            public Long keyAt(long index) {
                return map.getKey(index);
            }

            @Override
            public void removeUpTo(long key) {
                for (Long first = map.firstKey(); first != null && first <= key; first = map.firstKey()) {
                    map.remove(first);
                }
            }

            @Override
            public long size() {
                return map.sizeAsLong();
            }

            @Override
            public long horizon() {
                return meta.getOrDefault("horizon", 0L);
            }

            @Override
            public void horizon(long key) {
                meta.put("horizon", key);
            }
        };
    }

    /** For the in-memory store of tests and benchmarks. */
    static OplogEntries inMemory() {
        ConcurrentSkipListMap<Long, Document> map = new ConcurrentSkipListMap<>();
        return new OplogEntries() {
            private volatile long horizon;

            @Override
            public Long lastKey() {
                return map.isEmpty() ? null : map.lastKey();
            }

            @Override
            public void put(long key, Document entry) {
                map.put(key, entry);
            }

            @Override
            public Iterator<Map.Entry<Long, Document>> after(long key) {
                return map.tailMap(key, false).entrySet().iterator();
            }

            @Override
            public Long keyAt(long index) {
                return map.keySet().stream().skip(index).findFirst().orElse(null);
            }

            @Override
            public void removeUpTo(long key) {
                map.headMap(key, true).clear();
            }

            @Override
            public long size() {
                return map.size();
            }

            @Override
            public long horizon() {
                return horizon;
            }

            @Override
            public void horizon(long key) {
                horizon = key;
            }
        };
    }
}
