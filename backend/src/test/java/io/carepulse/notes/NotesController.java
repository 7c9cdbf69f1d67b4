package io.carepulse.notes;

import graphql.GraphQLContext;
import io.carepulse.notes.NotesFeature.Notes;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.subscriptions.SharedFeeds;
import io.carepulse.platform.subscriptions.SharedSubscription;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The notes feature over GraphQL (schema: {@code src/test/resources/graphql-features/notes.graphqls}):
 * a query, a mutation (audited and published by the platform like any other) and a board
 * subscription served by shared executions, declared in this package only.
 */
@Controller
class NotesController {

    static final String TYPE = "Note";

    private final Notes notes;
    private final TenantMongo mongo;
    private final EventHub hub;

    NotesController(Notes notes, TenantMongo mongo, EventHub hub) {
        this.notes = notes;
        this.mongo = mongo;
        this.hub = hub;
    }

    record AddNoteInput(String board, String text) {
    }

    record AddNotePayload(Note note, List<UserError> userErrors) implements MutationPayload {

        @Override
        public String auditTargetId() {
            return note == null ? null : GlobalId.encode(TYPE, note.id());
        }

        @Override
        public String auditTargetType() {
            return TYPE;
        }
    }

    /** A board's change, as subscribers see it. */
    record NoteChange(long sequence, String type, String noteId, String text) {
    }

    @QueryMapping
    Flux<Note> notes(@Argument String board) {
        return mongo.find(Query.query(Criteria.where("board").is(board)).with(Sort.by("_id")), Note.class);
    }

    @MutationMapping
    Mono<AddNotePayload> addNote(@Argument AddNoteInput input) {
        InputChecks checks = new InputChecks();
        String board = checks.text("board", input.board(), 100, true);
        String text = checks.text("text", input.text(), 1000, true);
        if (!checks.errors().isEmpty()) {
            return Mono.just(new AddNotePayload(null, checks.errors()));
        }
        return notes.add(board, text).map(note -> new AddNotePayload(note, List.of()));
    }

    @SubscriptionMapping
    Flux<NoteChange> noteBoard(@Argument String board, @Argument Long afterSequence, GraphQLContext context) {
        // A board never ends.
        SharedFeeds.Source<Event<NoteEvent>> source = hub.feed(NotesFeature.BOARD, board, event -> false);
        return SharedFeeds.serve(context, afterSequence, source, event -> new NoteChange(event.sequence(), event.type(),
                GlobalId.encode(TYPE, event.payload().noteId()), event.payload().text()));
    }

    /** Subscribers of one board of one organisation share an execution. */
    @Bean
    static SharedSubscription noteBoardShared(TenantMongo mongo) {
        return new SharedSubscription("noteBoard", "board", "afterSequence",
                board -> mongo.tenant().map(org -> org + "|" + board));
    }

    @Bean
    static NodeFetcher<Note> noteNodes(TenantMongo mongo) {
        return NodeFetcher.byObjectId(TYPE, Note::id, id -> mongo.findById(id, Note.class));
    }
}
