package io.carepulse.liveqa.session;

import static io.carepulse.support.RawGraphQl.classifications;
import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.Subscriptions;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.WebSocketGraphQlClient;

/**
 * Marketers schedule, the session's own moderators run it: only they and ADMINs start and end
 * it, moderate its questions, follow its events and read what participants wrote.
 */
class SessionModeratorsTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);
    /** A MODERATOR of the same organisation who is not named on the sessions below. */
    private static final String OTHER_MODERATOR = TestTokens.token("other-moderator@riverside-health.test",
            RIVERSIDE, List.of("MODERATOR"), List.of(), TestTokens.ISSUER, Instant.now().plusSeconds(900));
    private static final String PHI_QUESTION =
            "I'm John Smith, born 04/12/1961, MRN 00123456 — should I still get the flu shot after my transplant?";

    private LiveQa liveQa;
    private RawGraphQl raw;

    @BeforeEach
    void clients() {
        liveQa = new LiveQa(port);
        raw = liveQa.raw();
    }

    @Test
    void aModeratorNotNamedOnTheSessionCannotStartModerateOrFollowIt() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Named moderators"), null);
        String question = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Is the nasal vaccine for kids?");

        Map<String, Object> start = raw.post(OTHER_MODERATOR, "startLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", session.version())));
        assertThat(classifications(start)).containsExactly("FORBIDDEN");
        assertThat(classifications(liveQa.moderate(OTHER_MODERATOR, question, "APPROVE"))).containsExactly("FORBIDDEN");
        Map<String, Object> update = raw.post(OTHER_MODERATOR, "updateLiveSession", Map.of("input", Map.of(
                "id", session.id(), "expectedVersion", session.version(),
                "moderatorIds", List.of(liveQa.seen(OTHER_MODERATOR)))));
        assertThat(classifications(update)).containsExactly("FORBIDDEN");
        assertThat(firstSubscriptionError(OTHER_MODERATOR, session.id())).isEqualTo("FORBIDDEN");

        // Nothing changed: the named moderator still finds the question pending and the session scheduled.
        Map<String, Object> view = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(view, "liveSession.status")).isEqualTo("SCHEDULED");
        assertThat(data(view, "liveSession.questions.0.status")).isEqualTo("PENDING");
        assertThat(liveQa.start(RIVERSIDE, session)).isEqualTo(session.version() + 1);
    }

    @Test
    void anAdminRunsAnySessionOfTheOrganisation() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Admin runs"), null);
        String question = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Can I get the flu shot with a cold?");
        String admin = TestTokens.staff(RIVERSIDE, Role.ADMIN);
        liveQa.moderated(admin, question, "APPROVE");
        Map<String, Object> start = raw.post(admin, "startLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", session.version())));
        assertThat(data(start, "startLiveSession.liveSession.status")).isEqualTo("LIVE");
        Map<String, Object> read = raw.post(admin, "liveSession", Map.of("id", session.id()));
        assertThat(data(read, "liveSession.viewerCanModerate")).isEqualTo(true);
        assertThat(data(raw.post(OTHER_MODERATOR, "liveSession", Map.of("id", session.id())),
                "liveSession.viewerCanModerate")).isEqualTo(false);
    }

    @Test
    void analystSeesAPendingQuestionsStateButNotThePatientDetailsInIt() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Minimum necessary"), null);
        liveQa.ask(liveQa.join(session.joinCode(), "John Smith"), PHI_QUESTION);

        for (String reader : List.of(TestTokens.staff(RIVERSIDE, Role.ANALYST),
                TestTokens.staff(RIVERSIDE, Role.MARKETER), OTHER_MODERATOR)) {
            Map<String, Object> body = raw.post(reader, "liveSessionQuestions",
                    Map.of("id", session.id(), "status", List.of("PENDING")));
            assertThat(data(body, "liveSession.questions.0.status")).isEqualTo("PENDING");
            assertThat(data(body, "liveSession.questions.0.text")).isNull();
            assertThat(data(body, "liveSession.questions.0.askedBy")).isNull();
            assertThat(data(body, "liveSession.questions.0.flags")).isNull();
            assertThat(data(body, "liveSession.questions.0.phiFindings")).isNull();
            assertThat(body.toString()).doesNotContain("John Smith", "00123456", "04/12/1961");
            assertThat(classifications(body)).hasSize(5).containsOnly("FORBIDDEN");
        }
        Map<String, Object> moderator = raw.post(MODERATOR, "liveSessionQuestions",
                Map.of("id", session.id(), "status", List.of("PENDING")));
        assertThat(moderator.get("errors")).isNull();
        assertThat(data(moderator, "liveSession.questions.0.text")).isEqualTo(PHI_QUESTION);
        assertThat(data(moderator, "liveSession.questions.0.flags")).isEqualTo(List.of("PHI_SUSPECTED"));
    }

    @Test
    void moderatorsMustBeStaffWhoHoldTheModeratorRole() {
        String analyst = liveQa.seen(TestTokens.staff(RIVERSIDE, Role.ANALYST));
        String unknown = io.carepulse.platform.graphql.GlobalId.encode("User", "nobody@riverside-health.test");
        String lakesideModerator = liveQa.moderatorId(TestTokens.LAKESIDE);
        Map<String, Object> body = raw.post(TestTokens.staff(RIVERSIDE, Role.MARKETER), "createLiveSession",
                Map.of("input", Map.of("title", unique("Bad moderators"), "host", Map.of("name", "Dr. Lee"),
                        "scheduledStart", "2099-01-01T10:00:00Z",
                        "moderatorIds", List.of(liveQa.moderatorId(RIVERSIDE), analyst, unknown, lakesideModerator))));
        assertThat(data(body, "createLiveSession.liveSession")).isNull();
        assertThat(data(body, "createLiveSession.userErrors")).isEqualTo(List.of(
                Map.of("field", List.of("input", "moderatorIds", "1"), "code", "INVALID",
                        "message", "Test analyst@riverside-health.test does not hold the MODERATOR role"),
                Map.of("field", List.of("input", "moderatorIds", "2"), "code", "NOT_FOUND",
                        "message", "No user of your organisation has this ID"),
                Map.of("field", List.of("input", "moderatorIds", "3"), "code", "NOT_FOUND",
                        "message", "No user of your organisation has this ID")));
    }

    @Test
    void marketersChooseModeratorsFromTheOrganisationsModerators() {
        String moderatorId = liveQa.moderatorId(RIVERSIDE);
        Map<String, Object> body = raw.post(TestTokens.staff(RIVERSIDE, Role.MARKETER), "users",
                Map.of("first", 100, "filter", Map.of("roles", List.of("MODERATOR"))));
        assertThat(body.get("errors")).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) data(body, "users.edges");
        assertThat(edges).extracting(e -> (Object) ((Map<?, ?>) e.get("node")).get("id")).contains(moderatorId);
        assertThat(edges).allSatisfy(e -> assertThat(((Map<?, ?>) e.get("node")).get("roles").toString())
                .contains("MODERATOR"));
        assertThat(body.toString()).doesNotContain("lakeside");
    }

    private String firstSubscriptionError(String token, String sessionId) {
        WebSocketGraphQlClient client = Subscriptions.client(port, token);
        try {
            return client.document(RawGraphQl.document("liveSessionEvents")).variable("sessionId", sessionId)
                    .executeSubscription().take(1)
                    .map(r -> String.valueOf(r.getErrors().getFirst().getExtensions().get("classification")))
                    .onErrorResume(org.springframework.graphql.client.SubscriptionErrorException.class,
                            e -> reactor.core.publisher.Mono.just(String.valueOf(
                                    e.getErrors().getFirst().getExtensions().get("classification"))))
                    .blockFirst(Duration.ofSeconds(10));
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }
}
