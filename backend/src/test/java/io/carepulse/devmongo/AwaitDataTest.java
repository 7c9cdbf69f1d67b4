package io.carepulse.devmongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitDataTest {

    private final AwaitData awaitData = new AwaitData();
    private final AtomicInteger polls = new AtomicInteger();

    @Test
    void anEmptyGetMoreOnAnOpenCursorWaitsForPublishedEntriesAndThenAnswersWithThem() throws Exception {
        CountDownLatch firstPoll = new CountDownLatch(1);
        CompletableFuture<Document> answer = CompletableFuture.supplyAsync(() -> awaitData.getMore(
                new Document("getMore", 7L).append("maxTimeMS", 5000L), () -> {
                    if (polls.incrementAndGet() == 1) {
                        firstPoll.countDown();
                        return batch(7L);
                    }
                    return batch(7L, new Document("_id", 1));
                }));
        assertThat(firstPoll.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(answer).as("an empty first poll is not answered").isNotDone();

        awaitData.published();

        Document cursor = (Document) answer.get(5, TimeUnit.SECONDS).get("cursor");
        assertThat((List<?>) cursor.get("nextBatch")).hasSize(1);
        assertThat(polls).hasValue(2);
    }

    @Test
    void withoutAWriteItAnswersEmptyAfterTheCursorsMaxTime() {
        Document answer = awaitData.getMore(new Document("getMore", 7L).append("maxTimeMS", 20L), () -> {
            polls.incrementAndGet();
            return batch(7L);
        });

        assertThat((List<?>) ((Document) answer.get("cursor")).get("nextBatch")).isEmpty();
        assertThat(polls).hasValue(1);
    }

    @Test
    void aWriteDuringTheFirstPollIsNotWaitedFor() {
        Document answer = awaitData.getMore(new Document("getMore", 7L).append("maxTimeMS", 60_000L), () -> {
            if (polls.incrementAndGet() == 1) {
                awaitData.published();
                return batch(7L);
            }
            return batch(7L, new Document("_id", 2));
        });

        assertThat((List<?>) ((Document) answer.get("cursor")).get("nextBatch")).hasSize(1);
    }

    @Test
    void aBatchWithDocumentsOrAnExhaustedCursorIsAnsweredAtOnce() {
        assertThat(CompletableFuture.supplyAsync(() -> awaitData.getMore(new Document("maxTimeMS", 60_000L),
                () -> batch(7L, new Document("_id", 3))))).succeedsWithin(Duration.ofMillis(500));
        assertThat(CompletableFuture.supplyAsync(() -> awaitData.getMore(new Document("maxTimeMS", 60_000L),
                () -> batch(0L)))).succeedsWithin(Duration.ofMillis(500)); // a wait would take a second
    }

    private static Document batch(long cursorId, Document... documents) {
        return new Document("cursor", new Document("id", cursorId).append("nextBatch", List.of(documents)))
                .append("ok", 1.0);
    }
}
