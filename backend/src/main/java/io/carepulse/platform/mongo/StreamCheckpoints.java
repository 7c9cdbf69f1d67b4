package io.carepulse.platform.mongo;

import com.mongodb.MongoClientSettings;
import java.time.Clock;
import java.time.Instant;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where each instance keeps the resume token of a change stream it reads, so after a restart it
 * continues from where it stopped instead of from "now". Not tenant data: one document per
 * stream and instance, holding only the token MongoDB issued.
 */
@Component
public class StreamCheckpoints {

    static final String COLLECTION = "stream_checkpoints";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public StreamCheckpoints(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The last token saved for this stream, if any. */
    public Mono<BsonValue> load(String stream) {
        return mongo.findById(stream, Document.class, COLLECTION)
                .mapNotNull(document -> document.get("token", Document.class))
                .map(token -> token.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry()));
    }

    /**
     * What a reader saved: its token, when, and where a replay from the log it has not finished
     * starts ({@link #markReplay}), if any.
     */
    public record Saved(BsonValue token, Instant savedAt, Instant replayFrom, Instant upTo) {
    }

    /**
     * {@link #load} with the time it was saved, the time of what it covers ({@link #save(String,
     * BsonValue, Instant)}) and any unfinished replay.
     */
    public Mono<Saved> loadSaved(String stream) {
        return mongo.findById(stream, Document.class, COLLECTION).map(document -> {
            Document token = document.get("token", Document.class);
            return new Saved(token == null ? null
                    : token.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry()),
                    instant(document.get("savedAt")), instant(document.get("replayFrom")),
                    instant(document.get("upTo")));
        });
    }

    private static Instant instant(Object value) {
        return value instanceof java.util.Date date ? date.toInstant() : null;
    }

    /**
     * Notes that the reader replays the log from {@code from}, before it saves any newer token:
     * a replay a crash interrupts is started again, from the earliest point noted.
     */
    public Mono<Void> markReplay(String stream, Instant from) {
        return mongo.upsert(Query.query(Criteria.where("_id").is(stream)), new Update().min("replayFrom", from),
                COLLECTION).then();
    }

    /** The replay noted by {@link #markReplay} has finished. */
    public Mono<Void> clearReplay(String stream) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(stream)), new Update().unset("replayFrom"),
                COLLECTION).then();
    }

    public Mono<Void> save(String stream, BsonValue token) {
        return save(stream, token, null);
    }

    /**
     * {@link #save(String, BsonValue)}, noting {@code upTo} (when given): when the last item the
     * token covers was written, so a reader whose token the database forgot knows from when to
     * read again.
     */
    public Mono<Void> save(String stream, BsonValue token, Instant upTo) {
        // A resume token is a small document (its _data is a string): stored as it is.
        Document value = Document.parse(token.asDocument().toJson());
        Update update = new Update().set("token", value).set("savedAt", clock.instant());
        if (upTo != null) {
            update.set("upTo", upTo);
        }
        return mongo.upsert(Query.query(Criteria.where("_id").is(stream)), update, COLLECTION).then();
    }
}
