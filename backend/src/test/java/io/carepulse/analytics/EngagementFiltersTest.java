package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.number;
import static io.carepulse.analytics.EngagementFixtures.recorded;
import static io.carepulse.analytics.EngagementFixtures.seriesOnce;
import static io.carepulse.analytics.EngagementFixtures.value;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The series filtered by content, format, topic and channel, and who may record and read. */
class EngagementFiltersTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.data.mongodb.core.ReactiveMongoTemplate template;

    private static final Instant DAY = Instant.parse("2024-09-16T00:00:00Z");

    @Test
    void filtersCountOnlyTheirPostsAndOnePiecesReachIsShown() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-filter", "UTC");
        String tip = EngagementFixtures.content(port, org.marketer(), "Hand washing");
        String other = EngagementFixtures.postId("li");
        recorded(raw, org, List.of(
                with(item(null, "X", "REACTIONS", 12, DAY.plusSeconds(3600)), "contentId", tip),
                with(item(null, "X", "REACH", 300, DAY.plusSeconds(3600)), "contentId", tip),
                item(other, "LINKEDIN", "REACTIONS", 5, DAY.plusSeconds(3600)),
                item(other, "LINKEDIN", "IMPRESSIONS", 100, DAY.plusSeconds(3600))));
        Instant to = DAY.plusSeconds(86_400);
        Map<String, Object> all = seriesOnce(template, org, raw, org.analyst(), DAY, to, "DAY", Map.of(),
                body -> number(body, "total", "REACTIONS") == 17);
        assertThat(value(all, "total", "REACH")).isNull();

        Map<String, Object> one = EngagementFixtures.series(raw, org.analyst(), DAY, to, "DAY", Map.of("contentId", tip));
        assertThat(number(one, "total", "REACTIONS")).isEqualTo(12);
        assertThat(number(one, "total", "REACH")).as("one post's reach").isEqualTo(300);
        assertThat(data(one, "engagementSeries.total.engagementRate.value")).isEqualTo(12.0 / 300);

        Map<String, Object> tips = EngagementFixtures.series(raw, org.analyst(), DAY, to, "DAY",
                Map.of("format", "HEALTH_TIP", "topic", "preventive care"));
        assertThat(number(tips, "total", "REACTIONS")).isEqualTo(12);
        Map<String, Object> topic = EngagementFixtures.series(raw, org.analyst(), DAY, to, "DAY",
                Map.of("topic", "Preventive Care"));
        assertThat(number(topic, "total", "REACTIONS")).as("one topic, read from its breakdown").isEqualTo(12);
        assertThat(data(topic, "engagementSeries.total.engagementRate.value")).isEqualTo(12.0 / 300);
        Map<String, Object> articles = EngagementFixtures.series(raw, org.analyst(), DAY, to, "DAY",
                Map.of("format", "ARTICLE"));
        assertThat(number(articles, "total", "REACTIONS")).isEqualTo(0);

        Map<String, Object> linkedIn = EngagementFixtures.series(raw, org.analyst(), DAY, to, "DAY",
                Map.of("channels", List.of("LINKEDIN")));
        assertThat(number(linkedIn, "total", "REACTIONS")).isEqualTo(5);
        assertThat(data(linkedIn, "engagementSeries.total.engagementRate.basis")).as("no reach reported")
                .isEqualTo("IMPRESSIONS");
    }

    @Test
    void onlyTheWriteScopeRecordsAndEveryStaffRoleAndDashboardClientReads() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-roles", "UTC");
        Map<String, Object> byMarketer = EngagementFixtures.record(raw, org.marketer(), List.of(
                item("p", "X", "REACTIONS", 1, DAY)));
        assertThat(RawGraphQl.classifications(byMarketer)).containsExactly("FORBIDDEN");
        Map<String, Object> byConnector = EngagementFixtures.series(raw, org.connector(), DAY, DAY.plusSeconds(86_400),
                "DAY", Map.of());
        assertThat(RawGraphQl.classifications(byConnector)).containsExactly("FORBIDDEN");
        for (String reader : List.of(org.analyst(), TestTokens.client(org.slug(), "analytics:read"),
                TestTokens.staff(org.slug(), io.carepulse.platform.security.Role.MODERATOR))) {
            Map<String, Object> body = EngagementFixtures.series(raw, reader, DAY, DAY.plusSeconds(86_400), "DAY",
                    Map.of());
            assertThat(data(body, "engagementSeries.total.engagement")).as("%s", body).isEqualTo(0.0);
        }
    }
}
