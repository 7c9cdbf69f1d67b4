package io.carepulse.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * The documents a mutation in progress wrote with events in their outbox, in the order written
 * (in its Reactor context: {@link PublishAfterMutation}). Each is noted with the organisation it
 * was written for, so publishing needs no caller (a request may act as someone else for a write),
 * and is read at once: the read runs while the mutation finishes and its audit entry is recorded,
 * and publishing then only appends.
 */
final class MutationWrites {

    record Written(String collection, Object id, String organization) {
    }

    private final Map<Written, Mono<Document>> written = new LinkedHashMap<>();

    /** Notes a write and starts reading the document as written; a later write of it reads it again. */
    synchronized void add(String collection, Object id, String organization, Supplier<Mono<Document>> read) {
        Mono<Document> reading = read.get().cache();
        reading.subscribe(null, error -> {
            // Publishing reads it again and reports it.
        });
        written.put(new Written(collection, id, organization), reading);
    }

    /** What was written so far, in order, with its read, taken out (a second call gets only what came after). */
    synchronized List<Map.Entry<Written, Mono<Document>>> drain() {
        List<Map.Entry<Written, Mono<Document>>> taken = written.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
        written.clear();
        return taken;
    }
}
