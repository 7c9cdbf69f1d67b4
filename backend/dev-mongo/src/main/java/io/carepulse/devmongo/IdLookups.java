package io.carepulse.devmongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;

/**
 * The in-memory store's collections answer a query that names one {@code _id} (or an {@code $in}
 * of them) beside other fields from the {@code _id} index, then check the other fields on those
 * documents only. mongo-java-server uses a unique index only for a query whose fields are exactly
 * the index's, and CarePulse adds the organisation to every query, so without this every lookup by
 * ID (a guarded update, the event relay's read of a written document) scanned its collection: the
 * cost grew with the collection. A real MongoDB plans such queries on {@code _id} by itself.
 */
final class IdLookups {

    private IdLookups() {
    }

    /** A database whose collections are {@link IdCollection}s. */
    static final class Database extends MemoryDatabase {

        private final CursorRegistry cursors;

        Database(String name, CursorRegistry cursors) {
            super(name, cursors);
            this.cursors = cursors;
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
            return new IdCollection(this, name, options, cursors);
        }
    }

    static final class IdCollection extends MemoryCollection {

        IdCollection(Database database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            Object id = query.get("_id");
            if (query.size() > 1 && plainIds(id)) {
                Document byId = new Document("_id", id);
                for (Index<Integer> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** One ID, or {@code {$in: [IDs]}}: what the _id index can answer. */
        private static boolean plainIds(Object id) {
            if (id == null) {
                return false;
            }
            if (!(id instanceof Document operators)) {
                return true;
            }
            return operators.size() == 1 && operators.get("$in") instanceof Collection<?> ids
                    && ids.stream().noneMatch(value -> value instanceof Document);
        }
    }
}
