package io.carepulse.devmongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Oplog entries of the embedded server and the change events built from them, in MongoDB's
 * documented shapes: {@code insert} (with {@code fullDocument}), {@code update} (with
 * {@code updateDescription}, and {@code fullDocument} when the stream asks for it),
 * {@code replace}, {@code delete}, {@code drop} then {@code invalidate}. Each event's resume
 * token ({@code _id._data}) is its oplog position in hex.
 */
final class ChangeEvents {

    /** Update operators whose fields keep a value afterwards (reported in {@code updatedFields}). */
    private static final Set<String> SETTING = Set.of("$set", "$inc", "$mul", "$min", "$max", "$push", "$addToSet",
            "$pull", "$pullAll", "$pop", "$currentDate", "$rename", "$setOnInsert");
    private static final Set<String> LOOKUPS = Set.of("updateLookup", "whenAvailable", "required");

    private final MongoBackend backend;

    ChangeEvents(MongoBackend backend) {
        this.backend = backend;
    }

    static Document insert(String namespace, Document document) {
        return entry("i", namespace).append("o", document.cloneDeeply());
    }

    static Document update(String namespace, Object id, Document update) {
        return entry("u", namespace).append("o", update.cloneDeeply()).append("o2", new Document("_id", id));
    }

    static Document delete(String namespace, Object id) {
        return entry("d", namespace).append("o", new Document("_id", id));
    }

    static Document drop(String namespace) {
        return entry("c", namespace).append("o", new Document("drop", collection(namespace)));
    }

    private static Document entry(String operation, String namespace) {
        return new Document("op", operation).append("ns", namespace).append("wall", Instant.now());
    }

    /**
     * The entries a {@code findAndModify} caused: mongo-java-server performs it without telling
     * its oplog, so without these a change stream would never see such a change.
     */
    List<Document> ofFindAndModify(String database, Document command, Document result) {
        Object collectionName = command.getOrDefault("findAndModify", command.get("findandmodify"));
        if (collectionName == null || result == null || !(result.get("lastErrorObject") instanceof Document outcome)) {
            return List.of();
        }
        String namespace = database + "." + collectionName;
        Document value = result.get("value") instanceof Document found ? found : null;
        if (Boolean.TRUE.equals(command.get("remove"))) {
            return value == null ? List.of() : List.of(delete(namespace, value.get("_id")));
        }
        if (outcome.get("upserted") != null) {
            Document inserted = Boolean.TRUE.equals(command.get("new")) && value != null ? value
                    : lookup(namespace, outcome.get("upserted"));
            return inserted == null ? List.of() : List.of(insert(namespace, inserted));
        }
        if (Boolean.TRUE.equals(outcome.get("updatedExisting")) && value != null
                && command.get("update") instanceof Document update) {
            return List.of(update(namespace, value.get("_id"), update));
        }
        return List.of();
    }

    /**
     * The change event of an oplog entry for a stream on {@code namespace} (as {@code db.coll}),
     * or null when the entry is about something else.
     */
    Document event(long position, Document entry, String namespace, Document stream) {
        String entryNamespace = (String) entry.get("ns");
        if (!namespace.equals(entryNamespace)) {
            return null;
        }
        Document o = (Document) entry.get("o");
        Document event = new Document("_id", token(position))
                .append("clusterTime", new BsonTimestamp(position))
                .append("wallTime", entry.get("wall"))
                .append("ns", new Document("db", database(namespace)).append("coll", collection(namespace)));
        switch ((String) entry.get("op")) {
            case "i" -> event.append("operationType", "insert")
                    .append("documentKey", new Document("_id", o.get("_id")))
                    .append("fullDocument", o);
            case "u" -> {
                Object id = ((Document) entry.get("o2")).get("_id");
                boolean replacement = o.keySet().stream().noneMatch(key -> key.startsWith("$"));
                Document current = replacement || LOOKUPS.contains(String.valueOf(stream.get("fullDocument")))
                        ? lookup(namespace, id) : null;
                event.append("operationType", replacement ? "replace" : "update")
                        .append("documentKey", new Document("_id", id));
                if (!replacement) {
                    event.append("updateDescription", description(o, current));
                }
                if (current != null || replacement) {
                    event.append("fullDocument", current);
                }
            }
            case "d" -> event.append("operationType", "delete").append("documentKey", o);
            case "c" -> event.append("operationType", "drop");
            default -> {
                return null;
            }
        }
        return event;
    }

    static Document invalidate(long position) {
        return new Document("_id", token(position)).append("operationType", "invalidate")
                .append("clusterTime", new BsonTimestamp(position));
    }

    /** What an update changed: the fields it set (their values now) and those it removed. */
    private static Document description(Document update, Document current) {
        Document updated = new Document();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Object> operator : update.entrySet()) {
            if (!(operator.getValue() instanceof Document fields)) {
                continue;
            }
            if ("$unset".equals(operator.getKey())) {
                removed.addAll(fields.keySet());
            } else if ("$set".equals(operator.getKey())) {
                fields.forEach(updated::put);
            } else if (SETTING.contains(operator.getKey())) {
                for (String field : fields.keySet()) {
                    updated.put(field, current == null ? null : valueAt(current, field));
                }
            }
        }
        return new Document("updatedFields", updated).append("removedFields", removed)
                .append("truncatedArrays", List.of());
    }

    private static Object valueAt(Document document, String dottedPath) {
        Object value = document;
        for (String part : dottedPath.split("\\.")) {
            if (!(value instanceof Document nested)) {
                return null;
            }
            value = nested.get(part);
        }
        return value;
    }

    /** The document as it is now, by {@code _id} (through the collection's unique {@code _id} index). */
    private Document lookup(String namespace, Object id) {
        MongoCollection<?> collection = backend.resolveDatabase(database(namespace))
                .resolveCollection(collection(namespace), false);
        if (collection == null) {
            return null;
        }
        for (Document found : collection.handleQuery(new Document("_id", id))) {
            return found;
        }
        return null;
    }

    static Document token(long position) {
        return new Document("_data", Long.toHexString(position));
    }

    /** The oplog position a resume token stands for. */
    static long position(Document token) {
        try {
            return Long.parseLong(String.valueOf(token.get("_data")), 16);
        } catch (NumberFormatException e) {
            throw new MongoServerError(260, "InvalidResumeToken", "The resume token is not one this server issued");
        }
    }

    static MongoServerError historyLost() {
        return new MongoServerError(286, "ChangeStreamHistoryLost",
                "Resume of change stream was not possible, as the resume point may no longer be in the oplog.");
    }

    private static String database(String namespace) {
        return namespace.substring(0, namespace.indexOf('.'));
    }

    private static String collection(String namespace) {
        return namespace.substring(namespace.indexOf('.') + 1);
    }
}
