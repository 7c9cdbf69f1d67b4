package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.Subscriptions;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code liveSessionEvents} for moderators: everything, in order, resumable, and only for its own organisation. */
class LiveQaSubscriptionTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);

    @Test
    void moderatorsSeePendingQuestionsWithTheirFlagsAndUpvoteCounts() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Moderator feed"), null);
        String asker = liveQa.join(session.joinCode(), "Pat");
        WebSocketGraphQlClient client = Subscriptions.client(port, MODERATOR);
        try {
            Flux<ClientGraphQlResponse> events = events(client, session.id(), 0L);
            String flagged = liveQa.ask(asker, "My DOB is 02/03/1988, is my cholesterol high?");
            String clean = liveQa.ask(asker, "What is a healthy cholesterol level?");
            liveQa.moderated(MODERATOR, clean, "APPROVE");
            liveQa.raw().post(liveQa.join(session.joinCode(), "Voter"), "upvoteQuestion",
                    Map.of("input", Map.of("questionId", clean)));
            List<ClientGraphQlResponse> received = events.take(4).collectList().block(Duration.ofSeconds(30));
            assertThat(received).extracting(r -> r.field("liveSessionEvents.type").toEntity(String.class))
                    .containsExactly("QUESTION_ASKED", "QUESTION_ASKED", "QUESTION_APPROVED", "UPVOTES_CHANGED");
            assertThat(received.get(0).field("liveSessionEvents.question.id").toEntity(String.class)).isEqualTo(flagged);
            assertThat(received.get(0).field("liveSessionEvents.question.flags").toEntityList(String.class))
                    .containsExactly("PHI_SUSPECTED");
            assertThat(received.get(0).field("liveSessionEvents.question.askedBy").toEntity(String.class))
                    .isEqualTo("Pat");
            assertThat(received.get(3).field("liveSessionEvents.question.upvoteCount").toEntity(Integer.class))
                    .isEqualTo(1);
            assertThat(received).extracting(r -> r.field("liveSessionEvents.sequence").toEntity(Long.class))
                    .containsExactly(1L, 2L, 3L, 4L);
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void aClientThatReconnectsWithAfterSequenceGetsWhatItMissedThenLiveEventsWithoutGapOrDuplicate() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Resume"), null);
        String asker = liveQa.join(session.joinCode(), "Pat");
        List<Long> sequences = new ArrayList<>();

        WebSocketGraphQlClient first = Subscriptions.client(port, MODERATOR);
        try {
            // From sequence 0: what happens before the subscription is open is replayed, not lost.
            Flux<ClientGraphQlResponse> events = events(first, session.id(), 0L);
            Mono<List<Long>> firstThree = events.map(LiveQaSubscriptionTest::sequence).take(3).collectList()
                    .cache();
            firstThree.subscribe();
            for (int i = 0; i < 3; i++) {
                liveQa.ask(asker, "Before the drop " + "abc".charAt(i));
            }
            sequences.addAll(firstThree.block(Duration.ofSeconds(30)));
        } finally {
            first.stop().block(Duration.ofSeconds(5));
        }
        // While disconnected: more happens.
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Al"), "While away one");
        liveQa.moderated(MODERATOR, id, "APPROVE");
        liveQa.moderated(MODERATOR, id, "PIN");

        WebSocketGraphQlClient second = Subscriptions.client(port, MODERATOR);
        try {
            Flux<Long> resumed = events(second, session.id(), sequences.getLast())
                    .map(LiveQaSubscriptionTest::sequence);
            Mono<List<Long>> rest = resumed.take(5).collectList().cache();
            rest.subscribe();
            // Live again: these arrive after the replay.
            liveQa.moderated(MODERATOR, id, "MARK_ANSWERED");
            liveQa.moderated(MODERATOR, id, "UNPIN");
            sequences.addAll(rest.block(Duration.ofSeconds(30)));
        } finally {
            second.stop().block(Duration.ofSeconds(5));
        }
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
    }

    @Test
    void aModeratorOfAnotherOrganisationCannotFollowTheSession() {
        LiveQa.Session session = new LiveQa(port).schedule(RIVERSIDE, unique("Private"), null);
        assertThat(firstError(TestTokens.staff(LAKESIDE, Role.MODERATOR), "liveSessionEvents",
                Map.of("sessionId", session.id()))).isEqualTo("NOT_FOUND");
    }

    @Test
    void aParticipantCannotFollowAnotherSessionsFeedNorTheModeratorFeed() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session mine = liveQa.schedule(RIVERSIDE, unique("Mine"), null);
        LiveQa.Session other = liveQa.schedule(RIVERSIDE, unique("Other"), null);
        LiveQa.Session foreign = liveQa.schedule(LAKESIDE, unique("Foreign"), null);
        String participant = liveQa.join(mine.joinCode(), "Pat");
        assertThat(firstError(participant, "liveAudienceFeed", Map.of("joinCode", other.joinCode())))
                .isEqualTo("FORBIDDEN");
        assertThat(firstError(participant, "liveAudienceFeed", Map.of("joinCode", foreign.joinCode())))
                .isEqualTo("FORBIDDEN");
        assertThat(firstError(participant, "liveSessionEvents", Map.of("sessionId", mine.id())))
                .isEqualTo("FORBIDDEN");
        assertThat(firstError(MODERATOR, "liveAudienceFeed", Map.of("joinCode", mine.joinCode())))
                .isEqualTo("FORBIDDEN");
    }

    private Flux<ClientGraphQlResponse> events(WebSocketGraphQlClient client, String sessionId, Long after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("sessionId", sessionId);
        variables.put("afterSequence", after);
        return client.document(RawGraphQl.document("liveSessionEvents")).variables(variables).executeSubscription();
    }

    private String firstError(String token, String document, Map<String, Object> variables) {
        WebSocketGraphQlClient client = Subscriptions.client(port, token);
        try {
            AtomicReference<String> classification = new AtomicReference<>();
            client.document(RawGraphQl.document(document)).variables(variables).executeSubscription().take(1)
                    .doOnNext(r -> classification.set(
                            String.valueOf(r.getErrors().getFirst().getExtensions().get("classification"))))
                    .onErrorResume(SubscriptionErrorException.class, e -> {
                        classification.set(String.valueOf(e.getErrors().getFirst().getExtensions()
                                .get("classification")));
                        return Mono.empty();
                    })
                    .blockLast(Duration.ofSeconds(20));
            return classification.get();
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    private static long sequence(ClientGraphQlResponse response) {
        return response.field("liveSessionEvents.sequence").toEntity(Long.class);
    }
}
