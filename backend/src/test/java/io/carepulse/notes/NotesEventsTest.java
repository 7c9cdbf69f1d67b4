package io.carepulse.notes;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import io.carepulse.notes.NotesFeature.Notes;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.events.OutboxRecovery;
import io.carepulse.platform.events.PublishAfterMutation;
import io.carepulse.platform.graphql.OperationDecorator.OperationType;
import io.carepulse.platform.graphql.Reactive;
import io.carepulse.platform.security.ActingAs;
import io.carepulse.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A feature that exists only in the tests gets sequenced events, replay, live fan-out, tenant
 * isolation and crash recovery from the platform by declaring one stream ({@link NotesFeature}).
 */
class NotesEventsTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Notes notes;

    @Autowired
    EventHub hub;

    @Autowired
    EventLog log;

    @Autowired
    OutboxRecovery recovery;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aFollowerReplaysTheBoardFromItsSequenceThenGetsLiveEventsWithoutGapOrDuplicate() {
        String board = unique("board");
        for (String text : List.of("one", "two", "three")) {
            ActingAs.staff(RIVERSIDE, notes.add(board, text)).block(WAIT);
        }
        Flux<Event<NoteEvent>> follower = ActingAs.staff(RIVERSIDE, hub.follow(NotesFeature.BOARD, board, 1L));
        StepVerifier.create(follower)
                .assertNext(event -> assertThat(event).extracting(Event::sequence, e -> e.payload().text())
                        .containsExactly(2L, "two"))
                .assertNext(event -> assertThat(event.sequence()).isEqualTo(3))
                .then(() -> ActingAs.staff(RIVERSIDE, notes.add(board, "four")).block(WAIT))
                .assertNext(event -> {
                    assertThat(event.sequence()).isEqualTo(4);
                    assertThat(event.type()).isEqualTo("NOTE_ADDED");
                    assertThat(event.payload().text()).isEqualTo("four");
                    assertThat(event.organizationId()).isEqualTo(RIVERSIDE);
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void manyWritersOnOneBoardGetEverySequenceNumberOnce() {
        String board = unique("busy board");
        Flux.range(0, 40).flatMap(i -> ActingAs.staff(RIVERSIDE, notes.add(board, "note " + i)), 8)
                .then().block(WAIT);
        List<Long> sequences = ActingAs.staff(RIVERSIDE, log.after(NotesFeature.BOARD, board, 0))
                .map(Event::sequence).collectList().block(WAIT);
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
    }

    @Test
    void anotherOrganisationNeitherReplaysNorReceivesABoardOfTheSameName() {
        String board = unique("shared name");
        ActingAs.staff(RIVERSIDE, notes.add(board, "Riverside's first")).block(WAIT);
        assertThat(ActingAs.staff(LAKESIDE, log.after(NotesFeature.BOARD, board, 0)).collectList().block(WAIT))
                .isEmpty();
        StepVerifier.create(ActingAs.staff(LAKESIDE, hub.follow(NotesFeature.BOARD, board, 0L)))
                .then(() -> {
                    ActingAs.staff(RIVERSIDE, notes.add(board, "Riverside's second")).block(WAIT);
                    ActingAs.staff(LAKESIDE, notes.add(board, "Lakeside's own")).block(WAIT);
                })
                // Lakeside's own event, numbered in Lakeside's own sequence, is the first it sees.
                .assertNext(event -> assertThat(event).extracting(Event::sequence, e -> e.payload().text(),
                        Event::organizationId).containsExactly(1L, "Lakeside's own", LAKESIDE))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void anEventLeftInTheOutboxByACrashAfterTheChangeStillArrives() {
        String board = unique("crash board");
        Note note = ActingAs.staff(RIVERSIDE, notes.add(board, "before")).block(WAIT);
        Mono<Event<NoteEvent>> next = ActingAs.staff(RIVERSIDE, hub.follow(NotesFeature.BOARD, board, 1L)).next()
                .cache();
        next.subscribe();
        // The change and its event are written; the process "dies" before moving the event.
        ActingAs.staff(RIVERSIDE, notes.edit(note, "after the crash", false)).block(WAIT);
        assertThat(outbox(note)).hasSize(1);
        assertThat(ActingAs.staff(RIVERSIDE, log.after(NotesFeature.BOARD, board, 1)).collectList().block(WAIT))
                .isEmpty();

        // Recovery, again until the outbox is empty: another instance's sweep may hold the lease.
        Mono.defer(() -> recovery.sweep().then(waiting(note)))
                .filter(List::isEmpty)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(200)))
                .block(WAIT);

        assertThat(next.block(WAIT)).extracting(Event::sequence, Event::type, e -> e.payload().text())
                .containsExactly(2L, "NOTE_EDITED", "after the crash");
    }

    @Test
    void anOutboxMovedTwiceIsLoggedOnce() {
        String board = unique("twice board");
        Note note = ActingAs.staff(RIVERSIDE, notes.add(board, "first")).block(WAIT);
        ActingAs.staff(RIVERSIDE, notes.edit(note, "second", false)).block(WAIT);
        Mono.when(ActingAs.staff(RIVERSIDE, log.relay(Note.class, note.id())),
                ActingAs.staff(RIVERSIDE, log.relay(Note.class, note.id()))).block(WAIT);
        List<Event<NoteEvent>> events = ActingAs.staff(RIVERSIDE, log.after(NotesFeature.BOARD, board, 0))
                .collectList().block(WAIT);
        assertThat(events).extracting(e -> e.payload().text()).containsExactly("first", "second");
        assertThat(outbox(note)).isEmpty();
    }

    @Test
    void anEntryMovedAgainBeforeItsOutboxIsTidiedReachesFollowersOnce() {
        String board = unique("untidied board");
        Note note = ActingAs.staff(RIVERSIDE, notes.add(board, "first")).block(WAIT);
        Flux<Event<NoteEvent>> follower = ActingAs.staff(RIVERSIDE, hub.follow(NotesFeature.BOARD, board, 1L));
        StepVerifier.create(follower)
                .then(() -> {
                    ActingAs.staff(RIVERSIDE, notes.edit(note, "second", false)).block(WAIT);
                    Document second = outbox(note).getFirst();
                    ActingAs.staff(RIVERSIDE, log.relay(Note.class, note.id())).block(WAIT);
                    // The tidying after (in the background) has not taken it out yet: the next change
                    // moves it again, and the log refuses it (its outbox ID is logged).
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(note.id())),
                            new Update().push(OutboxEntry.FIELD, second), "test_notes").block(WAIT);
                    ActingAs.staff(RIVERSIDE, notes.edit(note, "third", true)).block(WAIT);
                })
                .assertNext(event -> assertThat(event).extracting(Event::sequence, e -> e.payload().text())
                        .containsExactly(2L, "second"))
                .assertNext(event -> assertThat(event).extracting(Event::sequence, e -> e.payload().text())
                        .containsExactly(3L, "third"))
                .thenCancel()
                .verify(WAIT);
        assertThat(ActingAs.staff(RIVERSIDE, log.after(NotesFeature.BOARD, board, 0)).collectList().block(WAIT))
                .extracting(event -> event.payload().text()).containsExactly("first", "second", "third");
    }

    @Test
    void aFollowerOfABoardWithManyWritersGetsEachNoteOnce() {
        String board = unique("crowded board");
        ActingAs.staff(RIVERSIDE, notes.add(board, "note 0")).block(WAIT);
        Flux<String> follower = ActingAs.staff(RIVERSIDE, hub.follow(NotesFeature.BOARD, board, 1L))
                .map(event -> event.payload().text());
        // Writers that race for a sequence number are refused and try the next: a refused insert is no event.
        StepVerifier.create(follower.take(39).collectList())
                .then(() -> Flux.range(1, 39).flatMap(i -> ActingAs.staff(RIVERSIDE, notes.add(board, "note " + i)), 8)
                        .blockLast(WAIT))
                .assertNext(texts -> assertThat(texts).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(1, 40).mapToObj(i -> "note " + i).toList()))
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void duringAMutationEventsWaitInTheOutboxAndArePublishedWhenItIsDone() {
        String board = unique("mutated board");
        Note note = ActingAs.staff(RIVERSIDE, notes.add(board, "before")).block(WAIT);
        long before = ActingAs.staff(RIVERSIDE, log.lastSequence(NotesFeature.BOARD, board)).block(WAIT);
        // A mutation that edits the note (relaying it, as features do) and looks at the log before it is done.
        DataFetcher<?> mutation = new PublishAfterMutation(log).decorate(OperationType.MUTATION,
                GraphQLFieldDefinition.newFieldDefinition().name("editNote").type(Scalars.GraphQLString).build(),
                env -> notes.edit(note, "after", true).then(log.lastSequence(NotesFeature.BOARD, board)));

        Object seenWhileRunning = ActingAs.staff(RIVERSIDE, Mono.defer(() -> {
            try {
                return Reactive.toMono(mutation.get(null));
            } catch (Exception e) {
                return Mono.error(e);
            }
        })).block(WAIT);

        assertThat(seenWhileRunning).isEqualTo(before);
        assertThat(ActingAs.staff(RIVERSIDE, log.after(NotesFeature.BOARD, board, before)).collectList().block(WAIT))
                .singleElement()
                .satisfies(event -> assertThat(event.payload().text()).isEqualTo("after"));
        // The outbox is tidied in the background once the event is logged.
        assertThat(Mono.defer(() -> waiting(note)).filter(List::isEmpty)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(50))).block(WAIT)).isEmpty();
    }

    @Test
    void aMutationThatChangesADocumentTwicePublishesBothEvents() {
        String board = unique("twice board");
        Note note = ActingAs.staff(RIVERSIDE, notes.add(board, "first")).block(WAIT);
        long before = ActingAs.staff(RIVERSIDE, log.lastSequence(NotesFeature.BOARD, board)).block(WAIT);
        DataFetcher<?> mutation = new PublishAfterMutation(log).decorate(OperationType.MUTATION,
                GraphQLFieldDefinition.newFieldDefinition().name("editNoteTwice").type(Scalars.GraphQLString).build(),
                env -> notes.edit(note, "second", true).then(notes.edit(note, "third", true)));

        ActingAs.staff(RIVERSIDE, Mono.defer(() -> {
            try {
                return Reactive.toMono(mutation.get(null));
            } catch (Exception e) {
                return Mono.error(e);
            }
        })).block(WAIT);

        assertThat(ActingAs.staff(RIVERSIDE, log.after(NotesFeature.BOARD, board, before)).collectList().block(WAIT))
                .extracting(event -> event.payload().text()).containsExactly("second", "third");
    }

    private List<Document> outbox(Note note) {
        return waiting(note).block(WAIT);
    }

    private Mono<List<Document>> waiting(Note note) {
        return mongo.findById(note.id(), Document.class, "test_notes")
                .map(raw -> raw.getList(OutboxEntry.FIELD, Document.class, List.of()));
    }
}
