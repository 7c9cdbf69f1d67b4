package io.carepulse.support;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import java.util.List;
import java.util.Map;

/** Live Q&A steps through the public API over HTTP: join, ask, moderate, as clients do. */
public final class LiveQa {

    private final RawGraphQl raw;

    public LiveQa(int port) {
        this.raw = new RawGraphQl(port);
    }

    public RawGraphQl raw() {
        return raw;
    }

    /** Joins with a display name (null: anonymously) and returns the participant token. */
    public String join(String joinCode, String displayName) {
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("joinCode", joinCode);
        if (displayName != null) {
            input.put("displayName", displayName);
        }
        Map<String, Object> body = raw.post(null, "joinLiveSession", Map.of("input", input));
        assertThat(data(body, "joinLiveSession.userErrors")).as("join %s", body).isEqualTo(List.of());
        return (String) data(body, "joinLiveSession.participantToken");
    }

    /** Asks and returns the question's ID. */
    public String ask(String participantToken, String text) {
        Map<String, Object> body = raw.post(participantToken, "askQuestion", Map.of("input", Map.of("text", text)));
        assertThat(data(body, "askQuestion.userErrors")).as("ask %s", body).isEqualTo(List.of());
        return (String) data(body, "askQuestion.question.id");
    }

    public Map<String, Object> moderate(String staffToken, String questionId, String action) {
        return raw.post(staffToken, "moderateQuestion", Map.of("input", Map.of("questionId", questionId,
                "action", action)));
    }

    /** Moderates and expects success. */
    public Map<String, Object> moderated(String staffToken, String questionId, String action) {
        Map<String, Object> body = moderate(staffToken, questionId, action);
        assertThat(data(body, "moderateQuestion.userErrors")).as("%s %s", action, body).isEqualTo(List.of());
        return body;
    }

    /**
     * A session scheduled by a marketer of {@code org}, moderated by the organisation's test
     * moderator ({@code TestTokens.staff(org, Role.MODERATOR)}): its ID, version and join code.
     */
    public Session schedule(String org, String title, Map<String, Object> settings) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("title", title,
                "host", Map.of("name", "Dr. Ana Ruiz", "credentials", "MD"),
                "moderatorIds", List.of(moderatorId(org)),
                "scheduledStart", java.time.OffsetDateTime.now().plusDays(1).withNano(0).toString()));
        // Tests join and ask before starting the session unless they say otherwise.
        Map<String, Object> withDefaults = new java.util.HashMap<>(Map.of("earlyQuestionsAllowed", true));
        if (settings != null) {
            withDefaults.putAll(settings);
        }
        input.put("settings", withDefaults);
        Map<String, Object> body = raw.post(TestTokens.staff(org, Role.MARKETER), "createLiveSession",
                Map.of("input", input));
        assertThat(data(body, "createLiveSession.userErrors")).as("create %s", body).isEqualTo(List.of());
        return new Session((String) data(body, "createLiveSession.liveSession.id"),
                (Integer) data(body, "createLiveSession.liveSession.version"),
                (String) data(body, "createLiveSession.liveSession.joinCode"));
    }

    /** Starts the session as a moderator of {@code org}; returns its new version. */
    public int start(String org, Session session) {
        Map<String, Object> body = raw.post(TestTokens.staff(org, Role.MODERATOR), "startLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", session.version())));
        assertThat(data(body, "startLiveSession.userErrors")).as("start %s", body).isEqualTo(List.of());
        return (Integer) data(body, "startLiveSession.liveSession.version");
    }

    /** Ends the session (at {@code version}) as a moderator of {@code org}; returns its new version. */
    public int end(String org, Session session, int version) {
        Map<String, Object> body = raw.post(TestTokens.staff(org, Role.MODERATOR), "endLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", version)));
        assertThat(data(body, "endLiveSession.userErrors")).as("end %s", body).isEqualTo(List.of());
        return (Integer) data(body, "endLiveSession.liveSession.version");
    }

    /**
     * The global ID of the organisation's test moderator, who signs in once first: sessions may
     * name as moderators only users CarePulse has seen with the MODERATOR role.
     */
    public String moderatorId(String org) {
        return seen(TestTokens.staff(org, Role.MODERATOR));
    }

    /** Signs in once with the token (as the SPA does with {@code viewer}) and returns the user's global ID. */
    public String seen(String token) {
        Map<String, Object> body = raw.post(token, "viewer", Map.of());
        assertThat(body.get("errors")).as("viewer %s", body).isNull();
        return (String) data(body, "viewer.id");
    }

    public record Session(String id, int version, String joinCode) {
    }
}
