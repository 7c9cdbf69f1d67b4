package io.carepulse.liveqa;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Joining a live session and what a participant token is good for. */
class LiveParticipantTest extends IntegrationTest {

    private LiveQa liveQa;
    private RawGraphQl raw;

    @BeforeEach
    void clients() {
        liveQa = new LiveQa(port);
        raw = liveQa.raw();
    }

    @Test
    void anyoneWithTheJoinCodeJoinsAndGetsATokenForThatSessionOnly() {
        String title = unique("Ask a pediatrician");
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, title, null);
        String typed = session.joinCode().toLowerCase().substring(0, 4) + "-" + session.joinCode().substring(4);
        Map<String, Object> joined = raw.post(null, "joinLiveSession",
                Map.of("input", Map.of("joinCode", typed, "displayName", "  Pat  ")));
        assertThat(data(joined, "joinLiveSession.userErrors")).isEqualTo(List.of());
        assertThat(data(joined, "joinLiveSession.session.title")).isEqualTo(title);
        assertThat(data(joined, "joinLiveSession.session.host.name")).isEqualTo("Dr. Ana Ruiz");
        assertThat(data(joined, "joinLiveSession.participant.displayName")).isEqualTo("Pat");
        String token = (String) data(joined, "joinLiveSession.participantToken");

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"iss\":\"urn:carepulse:participant\"").doesNotContain("roles")
                .doesNotContain("scope");
        Map<String, Object> audience = raw.post(token, "liveAudience", Map.of());
        assertThat(data(audience, "liveAudience.session.title")).isEqualTo(title);
        assertThat(data(audience, "liveAudience.participant.displayName")).isEqualTo("Pat");
        // The token carries no staff powers in the session's own organisation either.
        Map<String, Object> staffRead = raw.post(token, "liveSession", Map.of("id", session.id()));
        assertThat(RawGraphQl.classifications(staffRead)).containsExactly("FORBIDDEN");
    }

    @Test
    void aStaffTokenIsNoParticipantToken() {
        Map<String, Object> body = raw.post(TestTokens.staff(RIVERSIDE, Role.ADMIN), "liveAudience", Map.of());
        assertThat(RawGraphQl.classifications(body)).containsExactly("FORBIDDEN");
    }

    @Test
    void joiningNeedsTheCodeOfAnOpenSessionAndUnknownOrEndedCodesAnswerAlike() {
        Map<String, Object> unknown = raw.post(null, "joinLiveSession", Map.of("input", Map.of("joinCode", "ABCD2345")));
        assertThat(data(unknown, "joinLiveSession.participantToken")).isNull();
        assertThat(data(unknown, "joinLiveSession.userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(unknown, "joinLiveSession.userErrors.0.field")).isEqualTo(List.of("input", "joinCode"));

        Map<String, Object> blank = raw.post(null, "joinLiveSession", Map.of("input", Map.of("joinCode", " ")));
        assertThat(data(blank, "joinLiveSession.userErrors.0.code")).isEqualTo("REQUIRED");

        Map<String, Object> longName = raw.post(null, "joinLiveSession",
                Map.of("input", Map.of("joinCode", "ABCD2345", "displayName", "x".repeat(61))));
        assertThat(data(longName, "joinLiveSession.userErrors.0.field")).isEqualTo(List.of("input", "displayName"));
        assertThat(data(longName, "joinLiveSession.userErrors.0.code")).isEqualTo("TOO_LONG");

        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Ended"), null);
        int version = liveQa.start(RIVERSIDE, session);
        end(session, version);
        Map<String, Object> ended = raw.post(null, "joinLiveSession",
                Map.of("input", Map.of("joinCode", session.joinCode())));
        // Whoever got a code wrong learns nothing about whether it ever existed.
        assertThat(data(ended, "joinLiveSession.userErrors")).isEqualTo(data(unknown, "joinLiveSession.userErrors"));
        assertThat(data(ended, "joinLiveSession.participantToken")).isNull();
    }

    @Test
    void aScheduledSessionTakesNoOneBeforeItOpensUnlessItAllowsEarlyQuestions() {
        LiveQa.Session closed = liveQa.schedule(RIVERSIDE, unique("Not yet"), Map.of("earlyQuestionsAllowed", false));
        Map<String, Object> early = raw.post(null, "joinLiveSession",
                Map.of("input", Map.of("joinCode", closed.joinCode())));
        assertThat(data(early, "joinLiveSession.participantToken")).isNull();
        assertThat(data(early, "joinLiveSession.userErrors.0.code")).isEqualTo("INVALID_STATE");
        assertThat((String) data(early, "joinLiveSession.userErrors.0.message"))
                .startsWith("This session opens on ").endsWith("UTC: join and ask your questions then");

        liveQa.start(RIVERSIDE, closed);
        assertThat(liveQa.ask(liveQa.join(closed.joinCode(), "Pat"), "Now that it is live?")).isNotNull();

        LiveQa.Session lobby = liveQa.schedule(RIVERSIDE, unique("Lobby"), Map.of("earlyQuestionsAllowed", true));
        assertThat(liveQa.ask(liveQa.join(lobby.joinCode(), "Sam"), "Asked before it starts?")).isNotNull();
    }

    @Test
    void aParticipantTokenStopsWorkingWhenItsSessionEnds() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Ends"), null);
        int version = liveQa.start(RIVERSIDE, session);
        String token = liveQa.join(session.joinCode(), "Pat");
        liveQa.ask(token, "Before the end?");
        end(session, version);

        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(token))
                .bodyValue(Map.of("query", RawGraphQl.document("liveAudience")))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTamperedParticipantTokenIsRefused() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Tamper"), null);
        String token = liveQa.join(session.joinCode(), "Pat");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace(RIVERSIDE, "lakeside-clinic");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(forged))
                .bodyValue(Map.of("query", RawGraphQl.document("liveAudience")))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void joiningIsAuditedAsTheParticipantInTheSessionsOrganisation() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Audit"), null);
        Map<String, Object> joined = raw.post(null, "joinLiveSession",
                Map.of("input", Map.of("joinCode", session.joinCode(), "displayName", "Pat")));
        String participantId = (String) data(joined, "joinLiveSession.participant.id");
        Map<String, Object> log = raw.post(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER), "auditLog",
                Map.of("first", 5, "filter", Map.of("targetId", participantId)));
        assertThat(data(log, "auditLog.edges.0.node.action")).isEqualTo("joinLiveSession");
        assertThat(log.toString()).doesNotContain("Pat");
    }

    private void end(LiveQa.Session session, int version) {
        Map<String, Object> ended = raw.post(TestTokens.staff(RIVERSIDE, Role.MODERATOR), "endLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", version)));
        assertThat(data(ended, "endLiveSession.userErrors")).isEqualTo(List.of());
    }
}
