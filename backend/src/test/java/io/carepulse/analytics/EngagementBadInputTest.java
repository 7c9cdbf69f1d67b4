package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.content.Content;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Bad items are refused one by one with the field and a reason; the good ones of the same call are taken. */
class EngagementBadInputTest extends IntegrationTest {

    private static final Instant AT = Instant.parse("2024-06-03T12:00:00Z");

    @Test
    void eachBadItemIsRefusedWithItsFieldAndTheOthersAreTaken() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-bad", "UTC");
        String post = EngagementFixtures.postId("fb");
        List<Map<String, Object>> items = List.of(
                item(post, "FACEBOOK", "REACTIONS", -1, AT),
                with(item(null, "FACEBOOK", "REACTIONS", 1, AT), "contentId",
                        GlobalId.encode(Content.TYPE, new ObjectId())),
                item(post, "FACEBOOK", "COMMENTS", 2.5, AT),
                with(item(post, "FACEBOOK", "REACH", 10, AT), "kind", "DELTA"),
                item(post, "FACEBOOK", "FOLLOWERS_GAINED", 3, AT),
                item(null, "FACEBOOK", "SHARES", 3, AT),
                item(post, "FACEBOOK", "SAVES", 1, Instant.now().plusSeconds(3600)),
                item(post, "FACEBOOK", "VIDEO_WATCH_SECONDS", 12.5, AT));
        Map<String, Object> body = EngagementFixtures.record(raw, org.connector(), items);
        assertThat(data(body, "recordEngagement.accepted")).as("%s", body).isEqualTo(1);
        assertThat(data(body, "recordEngagement.batchId")).isNotNull();
        assertThat(error(body, 0)).containsEntry("field", List.of("input", "items", "0", "value"))
                .containsEntry("message", "A value can't be below zero");
        assertThat(error(body, 1)).containsEntry("code", "NOT_FOUND")
                .containsEntry("field", List.of("input", "items", "1", "contentId"));
        assertThat(error(body, 2)).containsEntry("message", "COMMENTS is a count: send a whole number");
        assertThat(error(body, 3)).containsEntry("field", List.of("input", "items", "3", "kind"));
        assertThat(error(body, 4)).containsEntry("field", List.of("input", "items", "4", "metric"));
        assertThat(error(body, 5)).containsEntry("code", "REQUIRED")
                .containsEntry("field", List.of("input", "items", "5", "contentId"));
        assertThat(error(body, 6)).containsEntry("field", List.of("input", "items", "6", "at"));
        assertThat((List<?>) data(body, "recordEngagement.userErrors")).hasSize(7);
    }

    @Test
    void aCallOfMoreThanAThousandItemsIsRefusedWhole() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-many", "UTC");
        List<Map<String, Object>> items = new ArrayList<>(Collections.nCopies(1_001,
                item(EngagementFixtures.postId("fb"), "FACEBOOK", "REACTIONS", 1, AT)));
        Map<String, Object> body = EngagementFixtures.record(raw, org.connector(), items);
        assertThat(data(body, "recordEngagement.accepted")).isEqualTo(0);
        assertThat(data(body, "recordEngagement.batchId")).isNull();
        assertThat(error(body, 0)).containsEntry("field", List.of("input", "items"))
                .containsEntry("message", "Send at most 1,000 items a call (this one had 1,001)");
    }

    @Test
    void aPeriodOverTwoYearsOrHourlyOverAMonthIsRefused() {
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(TestTokens.RIVERSIDE, io.carepulse.platform.security.Role.ANALYST);
        Map<String, Object> long1 = EngagementFixtures.series(raw, analyst, AT, AT.plusSeconds(732L * 86_400), "MONTH",
                Map.of());
        assertThat(long1.toString()).contains("Choose a period of at most two years");
        Map<String, Object> hourly = EngagementFixtures.series(raw, analyst, AT, AT.plusSeconds(32L * 86_400), "HOUR",
                Map.of());
        assertThat(hourly.toString()).contains("Choose a period of at most 31 days for hourly points");
        Map<String, Object> backwards = EngagementFixtures.series(raw, analyst, AT, AT, "DAY", Map.of());
        assertThat(backwards.toString()).contains("The period must end after it starts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> body, int index) {
        return (Map<String, Object>) data(body, "recordEngagement.userErrors." + index);
    }
}
