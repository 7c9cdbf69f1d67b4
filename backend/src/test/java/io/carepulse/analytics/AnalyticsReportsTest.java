package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.recorded;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.content.ContentFixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Content ranked by a figure, a campaign's KPIs against its figures and the posting cadence, on fixed data. */
class AnalyticsReportsTest extends IntegrationTest {

    private static final Instant AT = Instant.parse("2026-10-14T12:00:00Z");
    private static final Map<String, Object> OCTOBER = Map.of("from", "2026-10-01T00:00:00Z", "to",
            "2026-11-01T00:00:00Z");

    @Autowired
    ReactiveMongoTemplate template;

    private RawGraphQl raw() {
        return new RawGraphQl(port);
    }

    private Map<String, Object> top(String token, Map<String, Object> filter, String metric, Integer first) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("metric", metric);
        variables.put("first", first);
        return raw().post(token, "topContent", variables);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) data(body, "topContent.items");
    }

    private static List<Object> column(Map<String, Object> body, String key) {
        return items(body).stream().map(item -> item.get(key)).toList();
    }

    @Test
    void contentIsRankedByEngagementByRateAmongPostsSeenByAHundredAndByAMetric() {
        Org org = EngagementFixtures.org(raw(), "an-top", "UTC");
        String tip = EngagementFixtures.content(port, org.marketer(), "Wash your hands");
        String other = EngagementFixtures.content(port, org.marketer(), "Flu shots");
        String small = EngagementFixtures.postId("li");
        String elsewhere = EngagementFixtures.postId("fb");
        recorded(raw(), org, List.of(
                // The tip on two channels: engagement 60 + 40 over 1,500 reached.
                with(item(null, "FACEBOOK", "REACH", 1000, AT), "contentId", tip),
                with(item(null, "FACEBOOK", "REACTIONS", 50, AT), "contentId", tip),
                with(item(null, "FACEBOOK", "COMMENTS", 10, AT), "contentId", tip),
                with(item(null, "INSTAGRAM", "REACH", 500, AT), "contentId", tip),
                with(item(null, "INSTAGRAM", "REACTIONS", 40, AT), "contentId", tip),
                // On X, without reach: 30 reactions and 10 clicks over 2,000 impressions.
                with(item(null, "X", "IMPRESSIONS", 2000, AT), "contentId", other),
                with(item(null, "X", "REACTIONS", 30, AT), "contentId", other),
                with(item(null, "X", "CLICKS", 10, AT), "contentId", other),
                // Published elsewhere: a high rate over too few people, and 30 over 200.
                item(small, "LINKEDIN", "REACH", 50, AT),
                item(small, "LINKEDIN", "REACTIONS", 20, AT),
                item(elsewhere, "FACEBOOK", "REACH", 200, AT),
                item(elsewhere, "FACEBOOK", "REACTIONS", 30, AT)));
        EngagementFixtures.awaitTakenIn(template, org.slug());

        Map<String, Object> byEngagement = top(org.marketer(), OCTOBER, null, null);
        assertThat(data(byEngagement, "topContent.metric")).isEqualTo("ENGAGEMENT");
        assertThat(data(byEngagement, "topContent.candidates")).isEqualTo(4);
        assertThat(column(byEngagement, "engagement")).containsExactly(100.0, 40.0, 30.0, 20.0);
        assertThat(column(byEngagement, "contentId")).containsExactly(tip, other, null, null);
        assertThat(column(byEngagement, "externalPostId")).containsExactly(null, null, elsewhere, small);
        Map<String, Object> first = items(byEngagement).getFirst();
        assertThat(first).containsEntry("rank", 1).containsEntry("channels", List.of("FACEBOOK", "INSTAGRAM"))
                .containsEntry("format", "HEALTH_TIP").containsEntry("topics", List.of("Preventive care"));
        assertThat(data(byEngagement, "topContent.items.0.content.title")).isEqualTo("Wash your hands");
        assertThat((Double) data(byEngagement, "topContent.items.0.engagementRate.value")).isCloseTo(100.0 / 1500,
                within(1e-9));
        assertThat(data(byEngagement, "topContent.items.1.engagementRate")).isEqualTo(Map.of("value", 0.02, "basis",
                "IMPRESSIONS"));

        Map<String, Object> byRate = top(org.analyst(), OCTOBER, "ENGAGEMENT_RATE", null);
        assertThat(column(byRate, "externalPostId")).as("the post seen by 50 is not ranked by rate")
                .containsExactly(elsewhere, null, null);
        assertThat(column(byRate, "rankedValue")).element(0).isEqualTo(0.15);
        // An analyst reads the figures and attributes, not the content itself.
        assertThat(data(byRate, "topContent.items.1.contentId")).isEqualTo(tip);
        assertThat(data(byRate, "topContent.items.1.content")).isNull();

        Map<String, Object> byReactions = top(org.analyst(), OCTOBER, "REACTIONS", 2);
        assertThat(column(byReactions, "rankedValue")).containsExactly(90.0, 30.0);
        assertThat(column(byReactions, "contentId")).as("a tie goes to the more engaging").containsExactly(tip, other);

        Map<String, Object> tips = top(org.analyst(), with(OCTOBER, "format", "HEALTH_TIP"), null, null);
        assertThat(column(tips, "contentId")).containsExactly(tip, other);
        Map<String, Object> linkedIn = top(org.analyst(), with(OCTOBER, "channels", List.of("LINKEDIN")), null, null);
        assertThat(column(linkedIn, "externalPostId")).containsExactly(small);

        Map<String, Object> tooMany = top(org.analyst(), OCTOBER, null, 51);
        assertThat(tooMany.toString()).contains("Ask for 1 to 50 items");
    }

    @Test
    void aCampaignsKpisShowProgressAndPaceFromItsContentsFiguresAndSayWhatTheyMeasure() {
        Org org = EngagementFixtures.org(raw(), "an-kpi", "UTC");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String campaign = campaign(org, today.minusDays(9), today.plusDays(20), List.of(
                Map.of("metric", "IMPRESSIONS", "target", 10_000), Map.of("metric", "ENGAGEMENT_RATE", "target", 5),
                Map.of("metric", "REACH", "target", 3_000), Map.of("metric", "FOLLOWERS_GAINED", "target", 100),
                Map.of("metric", "FUNDS_RAISED", "target", 5_000)));
        String content = ContentFixtures.create(port, org.marketer(), with(ContentFixtures.healthTip("Flu season"),
                "campaignId", campaign)).id();
        String unrelated = EngagementFixtures.content(port, org.marketer(), "Not in the campaign");
        Instant early = today.minusDays(8).atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant late = today.minusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC);
        recorded(raw(), org, List.of(
                with(item(null, "FACEBOOK", "IMPRESSIONS", 1000, early), "contentId", content),
                with(item(null, "FACEBOOK", "REACH", 800, early), "contentId", content),
                with(item(null, "FACEBOOK", "REACTIONS", 40, early), "contentId", content),
                with(item(null, "FACEBOOK", "IMPRESSIONS", 3000, late), "contentId", content),
                with(item(null, "FACEBOOK", "REACH", 2000, late), "contentId", content),
                with(item(null, "FACEBOOK", "REACTIONS", 100, late), "contentId", content),
                with(item(null, "FACEBOOK", "IMPRESSIONS", 5000, late), "contentId", unrelated),
                with(item(null, "FACEBOOK", "FOLLOWERS_GAINED", 10, late), "kind", "DELTA"),
                with(item(null, "INSTAGRAM", "FOLLOWERS_GAINED", 99, late), "kind", "DELTA")));
        EngagementFixtures.awaitTakenIn(template, org.slug());

        Map<String, Object> body = raw().post(org.analyst(), "campaignPerformance", Map.of("campaignId", campaign));
        assertThat(data(body, "campaignPerformance.from")).as("%s", body)
                .isEqualTo(today.minusDays(9) + "T00:00:00.000Z");
        assertThat(data(body, "campaignPerformance.to")).isEqualTo(today.plusDays(1) + "T00:00:00.000Z");
        assertThat(data(body, "campaignPerformance.total.engagement")).isEqualTo(100.0);
        assertThat(data(body, "campaignPerformance.recent.engagement")).as("60 more in the last 7 days")
                .isEqualTo(60.0);
        Map<String, Map<String, Object>> kpis = new HashMap<>();
        for (Object kpi : (List<?>) data(body, "campaignPerformance.kpis")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> one = (Map<String, Object>) kpi;
            kpis.put((String) one.get("metric"), one);
        }
        // 3,000 so far, 2,000 in the last 7 days: 3,000 + 2,000 / 7 × 20 days left = 8,714, above 80% of 10,000.
        assertThat(kpis.get("IMPRESSIONS")).containsEntry("actual", 3000.0).containsEntry("progress", 0.3)
                .containsEntry("pace", "AT_RISK");
        assertThat((Double) kpis.get("IMPRESSIONS").get("projected")).isCloseTo(3000 + 2000.0 / 7 * 20,
                within(1e-6));
        assertThat(kpis.get("ENGAGEMENT_RATE")).containsEntry("actual", 5.0).containsEntry("progress", 1.0)
                .containsEntry("pace", "ON_TRACK");
        assertThat(kpis.get("REACH")).containsEntry("actual", 2000.0).containsEntry("pace", "ON_TRACK");
        assertThat((String) kpis.get("REACH").get("measuredAs")).contains("counts twice");
        // Only the campaign's channels' followers: 10 so far, 10 a week, 38.6 by the end.
        assertThat(kpis.get("FOLLOWERS_GAINED")).containsEntry("actual", 10.0).containsEntry("pace", "BEHIND");
        assertThat((String) kpis.get("FOLLOWERS_GAINED").get("measuredAs")).contains("(Facebook, X)");
        assertThat(kpis.get("FUNDS_RAISED")).containsEntry("measured", false).containsEntry("actual", null)
                .containsEntry("pace", null);

        String open = campaign(org, today.minusDays(9), null, List.of(Map.of("metric", "IMPRESSIONS", "target", 100),
                Map.of("metric", "ENGAGEMENT_RATE", "target", 4.5)));
        Map<String, Object> openEnded = raw().post(org.analyst(), "campaignPerformance", Map.of("campaignId", open));
        assertThat(kpi(openEnded, 0)).as("%s", openEnded)
                .containsEntry("actual", 0.0).containsEntry("progress", 0.0).containsEntry("pace", null);
        // Nobody reached by its content: no rate, so no progress either (not zero).
        assertThat(kpi(openEnded, 1)).containsEntry("actual", null).containsEntry("progress", null)
                .containsEntry("pace", null);

        Org other = EngagementFixtures.org(raw(), "an-kpi-other", "UTC");
        Map<String, Object> theirs = raw().post(other.analyst(), "campaignPerformance", Map.of("campaignId", campaign));
        assertThat(data(theirs, "campaignPerformance")).as("%s", theirs).isNull();
        assertThat(theirs).doesNotContainKey("errors");
    }

    @Test
    void postsAreCountedOncePerWeekAndChannelAgainstTheTargets() {
        Org org = EngagementFixtures.org(raw(), "an-cadence", "UTC");
        Map<String, Object> settings = raw().post(org.admin(), "updateOrganizationSettings", Map.of("input", Map.of(
                "expectedVersion", 0, "postingTargets", List.of(Map.of("channel", "FACEBOOK", "postsPerWeek", 2)))));
        assertThat(data(settings, "updateOrganizationSettings.userErrors")).as("%s", settings).isEqualTo(List.of());
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (String published : List.of("FACEBOOK 2026-10-06T09:00:00Z", "FACEBOOK 2026-10-08T12:00:00Z",
                "FACEBOOK 2026-10-13T09:00:00Z", "INSTAGRAM 2026-10-18T23:30:00Z")) {
            String[] parts = published.split(" ");
            Instant at = Instant.parse(parts[1]);
            String post = EngagementFixtures.postId("p");
            // Two figures at two times: still one post.
            items.add(with(item(post, parts[0], "REACTIONS", 1, at.plusSeconds(600)), "publishedAt", at.toString()));
            items.add(with(item(post, parts[0], "REACTIONS", 3, at.plusSeconds(7200)), "publishedAt", at.toString()));
        }
        recorded(raw(), org, items);
        EngagementFixtures.awaitTakenIn(template, org.slug());

        Map<String, Object> body = raw().post(org.analyst(), "postingCadence", Map.of("from", "2026-10-05T00:00:00Z",
                "to", "2026-10-19T00:00:00Z"));
        assertThat(data(body, "postingCadence.weeks")).as("%s", body).isEqualTo(2);
        assertThat(data(body, "postingCadence.channels.0")).isEqualTo(Map.of("channel", "FACEBOOK", "target", 2,
                "average", 1.5, "weeksOnTarget", 1, "weeks", List.of(
                        Map.of("weekOf", "2026-10-05", "posts", 2, "metTarget", true),
                        Map.of("weekOf", "2026-10-12", "posts", 1, "metTarget", false))));
        Map<String, Object> instagram = new HashMap<>();
        instagram.put("channel", "INSTAGRAM");
        instagram.put("target", null);
        instagram.put("average", 0.5);
        instagram.put("weeksOnTarget", null);
        Map<String, Object> none = new HashMap<>(Map.of("weekOf", "2026-10-05", "posts", 0));
        none.put("metTarget", null);
        Map<String, Object> one = new HashMap<>(Map.of("weekOf", "2026-10-12", "posts", 1));
        one.put("metTarget", null);
        instagram.put("weeks", List.of(none, one));
        assertThat(data(body, "postingCadence.channels.1")).isEqualTo(instagram);
        assertThat((List<?>) data(body, "postingCadence.channels")).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kpi(Map<String, Object> body, int index) {
        return (Map<String, Object>) data(body, "campaignPerformance.kpis." + index);
    }

    private String campaign(Org org, LocalDate start, LocalDate end, List<Map<String, Object>> kpis) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "Flu season " + EngagementFixtures.postId("c"));
        input.put("objective", "AWARENESS");
        input.put("startDate", start.toString());
        if (end != null) {
            input.put("endDate", end.toString());
        }
        input.put("channels", List.of("FACEBOOK", "X"));
        input.put("kpiTargets", kpis);
        Map<String, Object> body = raw().post(org.marketer(), "createCampaign", Map.of("input", input));
        assertThat(data(body, "createCampaign.userErrors")).as("%s", body).isEqualTo(List.of());
        return (String) data(body, "createCampaign.campaign.id");
    }
}
