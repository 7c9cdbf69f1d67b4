package io.carepulse.content;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.Subscriptions;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** {@code contentEvents}: a reviewer's queue sees items arrive and leave as they move, and only its organisation's. */
class ContentEventsTest extends IntegrationTest {

    @Autowired
    ContentChanges changes;

    @Test
    void aReviewerSeesAnItemCreatedSubmittedAndApprovedAndAnotherOrganisationSeesNothing() {
        WebSocketGraphQlClient reviewer = Subscriptions.client(port, ContentFixtures.REVIEWER);
        WebSocketGraphQlClient lakeside = Subscriptions.client(port, TestTokens.staff(LAKESIDE, Role.ADMIN));
        try {
            String title = ContentFixtures.title("Live tip");
            List<String> seenByLakeside = new java.util.concurrent.CopyOnWriteArrayList<>();
            // Counted before subscribing: a subscription that registers at once must not be in "before".
            int lakesideBefore = changes.subscribers(LAKESIDE);
            Subscriptions.subscribe(lakeside, "contentEvents")
                    .map(r -> r.field("contentEvents.content.title").toEntity(String.class))
                    .subscribe(seenByLakeside::add, error -> seenByLakeside.add("ERROR " + error));
            Flux<String> seen = Subscriptions.subscribe(reviewer, "contentEvents")
                    .map(r -> r.field("contentEvents.kind").toEntity(String.class) + " "
                            + r.field("contentEvents.content.title").toEntity(String.class) + " "
                            + r.field("contentEvents.content.status").toEntity(String.class))
                    .filter(line -> line.contains(title));
            int before = changes.subscribers(RIVERSIDE);
            StepVerifier.create(seen.take(4))
                    .then(() -> {
                        awaitSubscribers(RIVERSIDE, before + 1);
                        awaitSubscribers(LAKESIDE, lakesideBefore + 1);
                        ContentFixtures.Item item = ContentFixtures.approved(port, ContentFixtures.healthTip(title));
                        // A comment is no edit (no new version), but open pages and queues hear of it.
                        new io.carepulse.support.RawGraphQl(port).post(ContentFixtures.COMPLIANCE, "addContentComment",
                                java.util.Map.of("input", java.util.Map.of("contentId", item.id(), "anchor",
                                        java.util.Map.of("kind", "TITLE", "start", 0, "end", 4), "text",
                                        "Could the title say who this is for?")));
                    })
                    .expectNext("CREATED " + title + " DRAFT")
                    .expectNext("STATUS_CHANGED " + title + " IN_REVIEW")
                    .expectNext("STATUS_CHANGED " + title + " APPROVED")
                    .expectNext("UPDATED " + title + " APPROVED")
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            // Riverside's subscriber saw the approval last, so Lakeside's had time to see the earlier events.
            assertThat(seenByLakeside).doesNotContain(title);
        } finally {
            reviewer.stop().block(Duration.ofSeconds(5));
            lakeside.stop().block(Duration.ofSeconds(5));
        }
    }

    private void awaitSubscribers(String organization, int count) {
        reactor.core.publisher.Mono.fromSupplier(() -> changes.subscribers(organization) >= count)
                .filter(Boolean::booleanValue)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(30));
    }
}
