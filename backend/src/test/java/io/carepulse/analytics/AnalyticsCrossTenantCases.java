package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.number;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Analytics as another organisation tries it: none of Riverside's figures is read, and none of its posts fed. */
@Component
class AnalyticsCrossTenantCases implements CrossTenantCases {

    private static final Instant DAY = Instant.parse("2016-02-03T00:00:00Z");

    @Override
    public Prepared prepare(World world) {
        String riversideAnalyst = TestTokens.staff(TestTokens.RIVERSIDE, Role.ANALYST);
        String contentId = EngagementFixtures.content(world.port(), TestTokens.staff(TestTokens.RIVERSIDE,
                Role.MARKETER), world.unique("Riverside analytics tip"));
        Map<String, Object> recorded = EngagementFixtures.record(world.raw(), TestTokens.client(TestTokens.RIVERSIDE,
                "engagement:write"), List.of(with(item(null, "X", "REACTIONS", 7, DAY.plusSeconds(3600)), "contentId",
                        contentId)));
        assertThat(data(recorded, "recordEngagement.accepted")).as("%s", recorded).isEqualTo(1);
        Instant published = Instant.now().minusSeconds(7 * 86_400);
        String post = world.unique("riverside-post");
        Map<String, Object> timed = EngagementFixtures.record(world.raw(), TestTokens.client(TestTokens.RIVERSIDE,
                "engagement:write"), List.of(with(item(post, "YOUTUBE", "REACH", 90, published.plusSeconds(60)),
                        "publishedAt", published.toString()), with(item(post, "YOUTUBE", "REACTIONS", 9,
                                published.plusSeconds(60)), "publishedAt", published.toString())));
        assertThat(data(timed, "recordEngagement.accepted")).as("%s", timed).isEqualTo(2);
        Map<String, Object> filter = Map.of("contentId", contentId);
        Runnable untouched = () -> {
            EngagementFixtures.seriesOnce(world.raw(), riversideAnalyst, DAY, DAY.plusSeconds(86_400), "DAY", filter,
                    body -> number(body, "total", "REACTIONS") == 7);
            EngagementFixtures.seriesOnce(world.raw(), riversideAnalyst, published, published.plusSeconds(3600),
                    "HOUR", Map.of(), body -> number(body, "total", "REACTIONS") >= 9);
        };
        untouched.run();
        Map<String, Object> own = world.raw().post(riversideAnalyst, "engagementFigures", Map.of("channel", "X",
                "contentId", contentId, "from", DAY.toString(), "to", DAY.plusSeconds(86_400).toString()));
        assertThat(data(own, "engagementFigures.figures.0.value")).as("Riverside reads its own: %s", own)
                .isEqualTo(7.0);
        // Riverside's uploaded export: another organisation's import of its ID finds no file.
        String riversideFile = EngagementFixtures.uploaded(world.port(), TestTokens.staff(TestTokens.RIVERSIDE,
                Role.MARKETER), EngagementFixtures.example("x-post-activity"));
        Map<String, Object> created = world.raw().post(TestTokens.staff(TestTokens.RIVERSIDE, Role.MARKETER),
                "createCampaign", Map.of("input", Map.of("name", world.unique("Riverside KPI campaign"), "objective",
                        "AWARENESS", "startDate", "2016-02-01", "kpiTargets", List.of(Map.of("metric", "IMPRESSIONS",
                                "target", 10)))));
        String riversideCampaign = (String) data(created, "createCampaign.campaign.id");
        assertThat(riversideCampaign).as("%s", created).isNotNull();
        Map<String, Object> period = Map.of("from", DAY.toString(), "to", DAY.plusSeconds(86_400).toString(),
                "contentId", contentId);
        Map<String, Case> cases = new java.util.HashMap<>(Map.of(
                "engagementSeries", new Case("engagementSeries", Map.of("filter", period, "interval", "DAY"),
                        b -> assertThat(data(b, "engagementSeries.total.engagement")).isEqualTo(0.0)),
                "engagementBreakdown", new Case("engagementBreakdown", Map.of("filter", period, "by", "CHANNEL"),
                        b -> assertThat((List<?>) data(b, "engagementBreakdown.rows")).isEmpty()),
                "topContent", new Case("topContent", Map.of("filter", period),
                        b -> assertThat((List<?>) data(b, "topContent.items")).isEmpty()),
                "campaignPerformance", new Case("campaignPerformance", Map.of("campaignId", riversideCampaign),
                        b -> assertThat(data(b, "campaignPerformance")).isNull()),
                // Riverside's YouTube post of a week ago counts in no week of Lakeside's.
                "postingCadence", new Case("postingCadence", Map.of("from", published.minusSeconds(7 * 86_400)
                        .toString(), "to", published.plusSeconds(7 * 86_400).toString()),
                        b -> assertThat((List<?>) data(b, "postingCadence.channels")).allSatisfy(channel ->
                                assertThat(((Map<?, ?>) channel).get("average")).isEqualTo(0.0))),
                "bestTimesToPost", new Case("bestTimesToPost", Map.of("channel", "YOUTUBE"),
                        b -> assertThat(data(b, "bestTimesToPost.baseline")).isNull()),
                "recordEngagement", new Case("recordEngagement", Map.of("input", Map.of("items", List.of(
                        with(item(null, "X", "REACTIONS", 1_000, DAY.plusSeconds(7200)), "contentId", contentId)))),
                        b -> {
                            assertThat(data(b, "recordEngagement.accepted")).isEqualTo(0);
                            assertThat(data(b, "recordEngagement.userErrors.0.code")).isEqualTo("NOT_FOUND");
                        }, TestTokens.client(TestTokens.LAKESIDE, "engagement:write")),
                "importEngagementCsv", new Case("importEngagementCsv", Map.of("input", Map.of("fileId",
                        riversideFile)), b -> {
                            assertThat(data(b, "importEngagementCsv.figures")).isEqualTo(0);
                            assertThat(data(b, "importEngagementCsv.userErrors.0.code")).isEqualTo("NOT_FOUND");
                        }),
                // The shipped layouts: no organisation's data.
                "engagementCsvLayouts", new Case("engagementCsvLayouts", Map.of(),
                        b -> assertThat((List<?>) data(b, "engagementCsvLayouts")).hasSize(5)),
                // Queued for the caller's own organisation: Riverside's figures stay as they are.
                "rebuildRollups", new Case("rebuildRollups", Map.of("input", Map.of("reason", "Cross-tenant check")),
                        b -> assertThat(data(b, "rebuildRollups.queued")).isEqualTo(true))));
        // Riverside's figure of its content: none of Lakeside's.
        cases.put("engagementFigures", new Case("engagementFigures", Map.of("channel", "X", "contentId", contentId,
                "from", DAY.toString(), "to", DAY.plusSeconds(86_400).toString()),
                b -> assertThat((List<?>) data(b, "engagementFigures.figures")).isEmpty()));
        return Prepared.of(cases).untouchedWhen(untouched);
    }
}
