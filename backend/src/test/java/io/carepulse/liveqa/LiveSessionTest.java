package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.session.JoinCodes;
import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiveSessionTest extends IntegrationTest {

    @Test
    void marketerSchedulesASessionWithSafeDefaultsAndAnUnguessableJoinCode() {
        String moderator = new LiveQa(port).moderatorId(RIVERSIDE);
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "createLiveSession", Map.of("input", Map.of("title", unique("Ask a pediatrician"),
                        "host", Map.of("name", "Dr. Ana Ruiz", "credentials", "MD, Pediatrics"),
                        "moderatorIds", List.of(moderator),
                        "scheduledStart", "2099-03-01T17:00:00Z", "streamUrl", "https://www.youtube.com/live/abc")));
        assertThat(RawGraphQl.data(body, "createLiveSession.userErrors")).isEqualTo(List.of());
        assertThat(RawGraphQl.data(body, "createLiveSession.liveSession.status")).isEqualTo("SCHEDULED");
        assertThat(RawGraphQl.data(body, "createLiveSession.liveSession.settings.moderationMode"))
                .isEqualTo("PRE_MODERATION");
        assertThat(RawGraphQl.data(body, "createLiveSession.liveSession.settings.questionLengthLimit")).isEqualTo(500);
        assertThat(RawGraphQl.data(body, "createLiveSession.liveSession.settings.questionsPerMinute")).isEqualTo(3);
        assertThat((String) RawGraphQl.data(body, "createLiveSession.liveSession.joinCode"))
                .matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
        String id = (String) RawGraphQl.data(body, "createLiveSession.liveSession.id");
        Map<String, Object> read = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ANALYST),
                "liveSession", Map.of("id", id));
        assertThat(RawGraphQl.data(read, "liveSession.moderators.0.email"))
                .isEqualTo("moderator@riverside-health.test");
        assertThat((List<?>) RawGraphQl.data(read, "liveSession.moderators")).hasSize(1);
        assertThat(RawGraphQl.data(read, "liveSession.streamUrl")).isEqualTo("https://www.youtube.com/live/abc");
    }

    @Test
    void sessionGoesLiveThenEndsAndNeverBack() {
        Fixtures.Created session = Fixtures.liveSession(as(RIVERSIDE, Role.MARKETER), unique("Flu Q&A"),
                new LiveQa(port).moderatorId(RIVERSIDE));
        RawGraphQl raw = new RawGraphQl(port);
        String token = TestTokens.staff(RIVERSIDE, Role.MODERATOR);
        Map<String, Object> early = raw.post(token, "endLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", 1)));
        assertThat(RawGraphQl.data(early, "endLiveSession.userErrors.0.code")).isEqualTo("INVALID_STATE");
        Map<String, Object> live = raw.post(token, "startLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", 1)));
        assertThat(RawGraphQl.data(live, "startLiveSession.liveSession.status")).isEqualTo("LIVE");
        assertThat(RawGraphQl.data(live, "startLiveSession.liveSession.startedAt")).isNotNull();
        Map<String, Object> stale = raw.post(token, "endLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", 1)));
        assertThat(RawGraphQl.data(stale, "endLiveSession.userErrors.0.code")).isEqualTo("CONFLICT");
        Map<String, Object> ended = raw.post(token, "endLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", 2)));
        assertThat(RawGraphQl.data(ended, "endLiveSession.liveSession.status")).isEqualTo("ENDED");
        assertThat(RawGraphQl.data(ended, "endLiveSession.liveSession.allowedTransitions")).isEqualTo(List.of());
        Map<String, Object> again = raw.post(token, "startLiveSession",
                Map.of("input", Map.of("id", session.id(), "expectedVersion", 3)));
        assertThat(RawGraphQl.data(again, "startLiveSession.userErrors.0.code")).isEqualTo("INVALID_STATE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank title|title|'   '|Dr. Lee|2099-01-01T10:00:00Z|500|input.title|REQUIRED",
            "blank host|title ok|x|'  '|2099-01-01T10:00:00Z|500|input.host.name|REQUIRED",
            "in the past|title ok|x|Dr. Lee|2020-01-01T10:00:00Z|500|input.scheduledStart|INVALID",
            "huge question limit|title ok|x|Dr. Lee|2099-01-01T10:00:00Z|5000|input.settings.questionLengthLimit|INVALID"})
    void invalidSessionsAreRefusedNamingTheField(String label, String ignored, String title, String host,
            String start, int limit, String field, String code) {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "createLiveSession", Map.of("input", Map.of("title", title.equals("x") ? unique("Q&A") : title,
                        "host", Map.of("name", host), "scheduledStart", start,
                        "settings", Map.of("questionLengthLimit", limit))));
        assertThat(RawGraphQl.data(body, "createLiveSession.liveSession")).isNull();
        assertThat(RawGraphQl.data(body, "createLiveSession.userErrors.0.field")).isEqualTo(List.of(field.split("\\.")));
        assertThat(RawGraphQl.data(body, "createLiveSession.userErrors.0.code")).isEqualTo(code);
    }

    @Test
    void joinCodesAvoidLookAlikes() {
        for (int i = 0; i < 200; i++) {
            assertThat(JoinCodes.next()).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
        }
    }
}
