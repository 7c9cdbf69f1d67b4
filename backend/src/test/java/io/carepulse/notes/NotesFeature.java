package io.carepulse.notes;

import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.tenancy.TenantMongo;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Everything the test-only "notes" feature needs to get sequenced events, replay, fan-out and
 * tenant isolation from the platform: one stream declaration, and its writes through the event log.
 * Found by component scanning like any feature (it lives in test sources only).
 */
@Configuration(proxyBeanMethods = false)
class NotesFeature {

    static final EventStream<NoteEvent> BOARD = EventStream.of("test.notes.board", NoteEvent.class, Note.class);

    @Bean
    EventStream<NoteEvent> boardStream() {
        return BOARD;
    }

    /** Another feature's view of the boards: it tallies every event, idempotently (a set of sequence numbers). */
    @Bean
    EventConsumer<NoteEvent> boardTally(TenantMongo mongo) {
        return EventConsumer.of("test.notes.tally", BOARD, event -> mongo.upsert(
                Query.query(Criteria.where("board").is(event.key())),
                new Update().addToSet("seen", event.sequence()), NoteTally.class).then());
    }

    @Bean
    Notes notes(EventLog log, TenantMongo mongo) {
        return new Notes(log, mongo);
    }

    /** The feature's writes: each change and its event in one document write. */
    record Notes(EventLog log, TenantMongo mongo) {

        Mono<Note> add(String board, String text) {
            ObjectId id = new ObjectId();
            OutboxEntry added = log.entry(BOARD, board, "NOTE_ADDED", new NoteEvent(id.toHexString(), text));
            return log.insert(org -> new Note(id, org, board, text), added);
        }

        /** Edits a note; with {@code relay} false, stops where a crash after the document write would. */
        Mono<Note> edit(Note note, String text, boolean relay) {
            OutboxEntry edited = log.entry(BOARD, note.board(), "NOTE_EDITED", new NoteEvent(note.id().toHexString(),
                    text));
            Update update = EventLog.outboxUpdate(new Update().set("text", text), edited);
            Mono<Note> written = mongo.findAndModify(Query.query(Criteria.where("_id").is(note.id())), update, Note.class);
            return relay ? written.flatMap(saved -> log.relay(Note.class, saved.id()).thenReturn(saved)) : written;
        }
    }
}
