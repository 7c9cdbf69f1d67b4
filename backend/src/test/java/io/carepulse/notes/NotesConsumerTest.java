package io.carepulse.notes;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.devmongo.EmbeddedMongoServer;
import io.carepulse.notes.NotesFeature.Notes;
import io.carepulse.platform.events.EventConsumers;
import io.carepulse.platform.security.ActingAs;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.TestMongo;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/** Another feature consumes the notes feature's events through the platform: every one, across a restart. */
class NotesConsumerTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Notes notes;

    @Autowired
    EventConsumers consumers;

    @Autowired
    TenantMongo mongo;

    @Autowired
    ReactiveMongoTemplate template;

    @Test
    void aConsumerHandlesEveryEventOfTheStreamAlsoThoseLoggedWhileItWasStopped() {
        String board = unique("tallied board");
        long first = firstSeen(board);
        addNotes(board, 3);
        long beforeStop = lastWritten(board);
        List<Long> written = awaitSeen(board, seen -> seen.contains(beforeStop));

        consumers.stop();
        try {
            addNotes(board, 3); // logged while no instance consumes
        } finally {
            consumers.start();
        }
        long last = lastWritten(board);
        List<Long> all = awaitSeen(board, seen -> seen.contains(last));
        assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(first, last).boxed().toList());
        NoteTally tally = ActingAs.staff(RIVERSIDE, mongo.findOne(Query.query(Criteria.where("board").is(board)),
                NoteTally.class)).block(WAIT);
        assertThat(tally.organizationId()).isEqualTo(RIVERSIDE);
    }

    @Test
    void aConsumerLeftBehindByTheChangeHistoryReplaysFromTheLogWhatWasLoggedSinceItsCheckpoint() {
        EmbeddedMongoServer server = TestMongo.embedded();
        Assumptions.assumeTrue(server != null, "needs the development MongoDB, whose history a test can trim");
        String board = unique("overrun board");
        long first = firstSeen(board);

        consumers.stop();
        try {
            addNotes(board, 3); // logged while no instance consumes
            // Then the database's change history after the consumer's checkpoint is gone, as a burst
            // of writes overrunning the oplog would leave it: resuming there fails.
            Document checkpoint = template.findById("consumer:test.notes.tally", Document.class, "stream_checkpoints")
                    .block(WAIT);
            server.forgetChangeHistoryThrough(checkpoint.get("token", Document.class).getString("_data"));
            // Saved long after the events it covers were logged, as a consumer behind a burst saves it:
            // the replay starts from those events' time, not from the save's.
            template.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            Criteria.where("_id").is("consumer:test.notes.tally")),
                    new org.springframework.data.mongodb.core.query.Update().set("savedAt",
                            java.time.Instant.now().plus(Duration.ofHours(2))), "stream_checkpoints").block(WAIT);
        } finally {
            consumers.start();
        }
        long last = lastWritten(board);
        List<Long> all = awaitSeen(board, seen -> seen.contains(last));
        assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(first, last).boxed().toList());
        // The replays are done (every consumer whose checkpoint was older replays too): nothing left to
        // repeat after another restart, and no replay left running under the tests that follow.
        Mono.defer(() -> template.exists(org.springframework.data.mongodb.core.query.Query.query(
                        Criteria.where("replayFrom").exists(true)), "stream_checkpoints"))
                .filter(replaying -> !replaying)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(100)))
                .block(Duration.ofMinutes(2));
    }

    /**
     * The consumer's first reading starts "from now": notes until it has seen one, then counts on
     * it. Answers the first sequence number it saw.
     */
    private long firstSeen(String board) {
        Mono.defer(() -> ActingAs.staff(RIVERSIDE, notes.add(board, "warm-up").then(seen(board))))
                .filter(seen -> !seen.isEmpty())
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(200)))
                .block(WAIT);
        return ActingAs.staff(RIVERSIDE, seen(board)).block(WAIT).get(0);
    }

    private void addNotes(String board, int count) {
        for (int i = 0; i < count; i++) {
            ActingAs.staff(RIVERSIDE, notes.add(board, "note " + i)).block(WAIT);
        }
    }

    private long lastWritten(String board) {
        return ActingAs.staff(RIVERSIDE, notes.log().lastSequence(NotesFeature.BOARD, board)).block(WAIT);
    }

    private List<Long> awaitSeen(String board, Predicate<List<Long>> done) {
        return Mono.defer(() -> ActingAs.staff(RIVERSIDE, seen(board)))
                .filter(done)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(100)))
                .block(WAIT);
    }

    private Mono<List<Long>> seen(String board) {
        return mongo.findOne(Query.query(Criteria.where("board").is(board)), NoteTally.class)
                .map(NoteTally::seen).defaultIfEmpty(List.of());
    }
}
