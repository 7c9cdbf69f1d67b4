package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.number;
import static io.carepulse.analytics.EngagementFixtures.recorded;
import static io.carepulse.analytics.EngagementFixtures.seriesOnce;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A period's figures by channel, format, topic, hour and day of the week, and the best times to post. */
class EngagementBreakdownTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.data.mongodb.core.ReactiveMongoTemplate template;

    private static final Instant MONDAY = Instant.parse("2024-09-16T00:00:00Z");

    private Map<String, Object> breakdown(RawGraphQl raw, Org org, String by, Map<String, Object> filter) {
        Map<String, Object> f = new HashMap<>(filter);
        f.put("from", MONDAY.toString());
        f.put("to", MONDAY.plusSeconds(7 * 86_400).toString());
        return raw.post(org.analyst(), "engagementBreakdown", Map.of("filter", f, "by", by));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> body) {
        return (List<Map<String, Object>>) data(body, "engagementBreakdown.rows");
    }

    @Test
    void aPeriodBreaksDownByChannelFormatTopicHourAndDayOfTheWeek() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-breakdown", "UTC");
        String tip = EngagementFixtures.content(port, org.marketer(), "Hand washing");
        recorded(raw, org, List.of(
                with(item(null, "X", "REACTIONS", 12, MONDAY.plusSeconds(9 * 3600 + 600)), "contentId", tip),
                item(EngagementFixtures.postId("li"), "LINKEDIN", "REACTIONS", 5,
                        MONDAY.plusSeconds(86_400 + 14 * 3600))));
        seriesOnce(template, org, raw, org.analyst(), MONDAY, MONDAY.plusSeconds(7 * 86_400), "DAY", Map.of(),
                body -> number(body, "total", "REACTIONS") == 17);

        List<Map<String, Object>> channels = rows(breakdown(raw, org, "CHANNEL", Map.of()));
        assertThat(channels).extracting(r -> r.get("key"), r -> r.get("label"), r -> r.get("engagement"))
                .containsExactly(tuple("X", "X", 12.0),
                        tuple("LINKEDIN", "LinkedIn", 5.0));
        assertThat(rows(breakdown(raw, org, "FORMAT", Map.of()))).extracting(r -> r.get("key"), r -> r.get("label"),
                r -> r.get("engagement")).containsExactly(tuple("HEALTH_TIP",
                        "Health tip", 12.0));
        assertThat(rows(breakdown(raw, org, "TOPIC", Map.of()))).extracting(r -> r.get("key"), r -> r.get("label"))
                .containsExactly(tuple("preventive care", "Preventive care"));
        assertThat(rows(breakdown(raw, org, "CHANNEL", Map.of("format", "HEALTH_TIP"))))
                .extracting(r -> r.get("key")).containsExactly("X");

        List<Map<String, Object>> hours = rows(breakdown(raw, org, "HOUR_OF_DAY", Map.of()));
        assertThat(hours).hasSize(24);
        assertThat(hours.get(9)).containsEntry("label", "09:00").containsEntry("engagement", 12.0);
        assertThat(hours.get(14)).containsEntry("engagement", 5.0);
        List<Map<String, Object>> days = rows(breakdown(raw, org, "DAY_OF_WEEK", Map.of()));
        assertThat(days).extracting(r -> r.get("key")).startsWith("MONDAY", "TUESDAY").hasSize(7);
        assertThat(days.get(0)).containsEntry("label", "Monday").containsEntry("engagement", 12.0);
        assertThat(days.get(1)).containsEntry("engagement", 5.0);
        assertThat(data(breakdown(raw, org, "DAY_OF_WEEK", Map.of("topic", "Preventive care")),
                "engagementBreakdown.total.engagement")).isEqualTo(12.0);
    }

    @Test
    void slotsWithFewPostsShowTheBaselineAndTheTopSlotsHaveEnoughPosts() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-best", "UTC");
        Instant monday9 = LocalDate.now(ZoneOffset.UTC).minusWeeks(2).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY)).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant wednesday18 = monday9.plusSeconds(2 * 86_400 + 9 * 3600);
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String post = EngagementFixtures.postId("fb");
            Instant published = monday9.plusSeconds(7L * 86_400 * -i + 60 * i);
            items.add(with(item(post, "FACEBOOK", "REACH", 100, published.plusSeconds(3600)), "publishedAt",
                    published.toString()));
            items.add(with(item(post, "FACEBOOK", "REACTIONS", 10, published.plusSeconds(3600)), "publishedAt",
                    published.toString()));
        }
        String busy = EngagementFixtures.postId("fb");
        items.add(with(item(busy, "FACEBOOK", "REACH", 100, wednesday18.plusSeconds(3600)), "publishedAt",
                wednesday18.toString()));
        items.add(with(item(busy, "FACEBOOK", "REACTIONS", 50, wednesday18.plusSeconds(3600)), "publishedAt",
                wednesday18.toString()));
        recorded(raw, org, items);

        Map<String, Object> best = awaitBaseline(raw, org);
        assertThat(data(best, "bestTimesToPost.baseline.value")).isEqualTo(0.2);
        assertThat(data(best, "bestTimesToPost.minimumSamples")).isEqualTo(3);
        assertThat((List<?>) data(best, "bestTimesToPost.slots")).hasSize(168);
        assertThat(data(best, "bestTimesToPost.slots.9")).isEqualTo(Map.of("dayOfWeek", "MONDAY", "hour", 9,
                "samples", 3, "engagementRate", Map.of("value", 0.1, "basis", "REACH"), "expectedRate", 0.1,
                "fromBaseline", false));
        Map<?, ?> wednesday = (Map<?, ?>) data(best, "bestTimesToPost.slots." + (2 * 24 + 18));
        assertThat(wednesday.get("samples")).isEqualTo(1);
        assertThat(wednesday.get("expectedRate")).as("too few posts: the baseline").isEqualTo(0.2);
        assertThat(wednesday.get("fromBaseline")).isEqualTo(true);
        assertThat((List<?>) data(best, "bestTimesToPost.top")).hasSize(1);
        assertThat(data(best, "bestTimesToPost.top.0.dayOfWeek")).isEqualTo("MONDAY");
    }

    private Map<String, Object> awaitBaseline(RawGraphQl raw, Org org) {
        EngagementFixtures.awaitTakenIn(template, org.slug());
        return raw.post(org.analyst(), "bestTimesToPost", Map.of("channel", "FACEBOOK"));
    }
}
