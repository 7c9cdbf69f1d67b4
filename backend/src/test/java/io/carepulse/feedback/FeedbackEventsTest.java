package io.carepulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.Subscriptions;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** {@code feedbackInboxEvents} over WebSocket: live, resumable after a sequence number, per organisation. */
class FeedbackEventsTest extends IntegrationTest {

    @Autowired
    FeedbackChanges changes;

    @Autowired
    org.springframework.data.mongodb.core.ReactiveMongoTemplate template;

    @Test
    void theInboxHearsOfNewAndChangedThreadsResumesAfterASequenceAndAnotherOrganisationHearsNothing() {
        WebSocketGraphQlClient marketer = Subscriptions.client(port, FeedbackFixtures.MARKETER);
        WebSocketGraphQlClient lakeside = Subscriptions.client(port, TestTokens.staff(TestTokens.LAKESIDE, Role.ADMIN));
        try {
            String marker = FeedbackFixtures.externalId("live");
            List<String> seenByLakeside = new CopyOnWriteArrayList<>();
            int lakesideBefore = changes.subscribers(TestTokens.LAKESIDE);
            Subscriptions.subscribe(lakeside, "feedbackInboxEvents")
                    .map(r -> r.field("feedbackInboxEvents.thread.preview").toEntity(String.class))
                    .subscribe(seenByLakeside::add, error -> seenByLakeside.add("ERROR " + error));
            int before = changes.subscribers(TestTokens.RIVERSIDE);
            Flux<Map<String, Object>> seen = Subscriptions.subscribe(marketer, "feedbackInboxEvents")
                    .map(r -> r.field("feedbackInboxEvents").<Map<String, Object>>getValue())
                    .filter(event -> event.toString().contains(marker));
            List<Long> sequences = new CopyOnWriteArrayList<>();
            StepVerifier.create(seen.take(2))
                    .then(() -> {
                        awaitSubscribers(TestTokens.RIVERSIDE, before + 1);
                        awaitSubscribers(TestTokens.LAKESIDE, lakesideBefore + 1);
                        String threadId = FeedbackFixtures.ingest(port, FeedbackFixtures.item("X_REPLY", marker,
                                "PUBLIC", "Love the new clinic hours " + marker));
                        new RawGraphQl(port).post(FeedbackFixtures.MARKETER, "addFeedbackNote", Map.of("input",
                                Map.of("threadId", threadId, "text", "Share with the front desk")));
                    })
                    .assertNext(event -> {
                        assertThat(event.get("kind")).isEqualTo("CREATED");
                        sequences.add(((Number) event.get("sequence")).longValue());
                    })
                    .assertNext(event -> assertThat(event.get("kind")).isEqualTo("UPDATED"))
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));

            // Resumed after the creation: the note's event comes first, the creation is not repeated.
            StepVerifier.create(marketer.document(RawGraphQl.document("feedbackInboxEvents"))
                            .variable("afterSequence", sequences.getFirst()).executeSubscription()
                            .map(r -> r.field("feedbackInboxEvents").<Map<String, Object>>getValue()).take(1))
                    .assertNext(event -> {
                        assertThat(event.get("kind")).isEqualTo("UPDATED");
                        assertThat(((Number) event.get("sequence")).longValue()).isEqualTo(sequences.getFirst() + 1);
                    })
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            assertThat(seenByLakeside).noneMatch(preview -> preview != null && preview.contains(marker));
            List<org.bson.Document> logged = template.getCollection("events").flatMapMany(events -> Flux.from(events
                    .find(new org.bson.Document("stream", "feedback.changes")))).collectList().block(Duration.ofSeconds(10));
            assertThat(logged).as("logged").isNotEmpty()
                    .noneMatch(event -> event.toJson().contains("Love the new clinic hours"));
        } finally {
            marketer.stop().block(Duration.ofSeconds(5));
            lakeside.stop().block(Duration.ofSeconds(5));
        }
    }

    private void awaitSubscribers(String organization, int count) {
        Mono.fromSupplier(() -> changes.subscribers(organization) >= count).filter(Boolean::booleanValue)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(30));
    }
}
