package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.number;
import static io.carepulse.analytics.EngagementFixtures.recorded;
import static io.carepulse.analytics.EngagementFixtures.seriesOnce;
import static io.carepulse.analytics.EngagementFixtures.value;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recorded figures as the series show them: running totals counted by their increase on the day
 * they were measured, changes added, a repeated call changing nothing, a late total landing on its
 * own day, days and hours in the organisation's time zone (half-hour offsets, a DST change), and a
 * rebuild answering as the incremental roll-ups did. Each test has an organisation of its own.
 */
class EngagementRollupsTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.data.mongodb.core.ReactiveMongoTemplate template;

    private static final Instant DAY1 = Instant.parse("2025-03-10T00:00:00Z");
    private static final Instant DAY2 = Instant.parse("2025-03-11T00:00:00Z");
    private static final Instant DAY3 = Instant.parse("2025-03-12T00:00:00Z");

    private RawGraphQl raw() {
        return new RawGraphQl(port);
    }

    private List<Map<String, Object>> twoDays(String post) {
        return List.of(
                item(post, "FACEBOOK", "REACTIONS", 10, DAY1.plusSeconds(10 * 3600)),
                item(post, "FACEBOOK", "REACTIONS", 25, DAY1.plusSeconds(18 * 3600)),
                item(post, "FACEBOOK", "REACTIONS", 40, DAY2.plusSeconds(9 * 3600)),
                item(post, "FACEBOOK", "COMMENTS", 3, DAY1.plusSeconds(12 * 3600)),
                item(post, "FACEBOOK", "REACH", 500, DAY1.plusSeconds(20 * 3600)),
                item(post, "FACEBOOK", "REACH", 800, DAY2.plusSeconds(20 * 3600)),
                with(item(post, "FACEBOOK", "CLICKS", 5, DAY1.plusSeconds(11 * 3600)), "kind", "DELTA"),
                with(item(post, "FACEBOOK", "CLICKS", 7, DAY2.plusSeconds(11 * 3600)), "kind", "DELTA"));
    }

    @Test
    void runningTotalsCountTheirIncreaseOnTheDayMeasuredChangesAddAndEngagementRateIsOverReach() {
        Org org = EngagementFixtures.org(raw(), "an-totals", "UTC");
        recorded(raw(), org, twoDays(EngagementFixtures.postId("fb")));

        Map<String, Object> series = seriesOnce(template, org, raw(), org.analyst(), DAY1, DAY3, "DAY", Map.of(),
                body -> number(body, "total", "REACTIONS") == 40);
        assertThat(data(series, "engagementSeries.timezone")).isEqualTo("UTC");
        assertThat(data(series, "engagementSeries.definitionsVersion")).isEqualTo(1);
        assertThat(data(series, "engagementSeries.points.0.start")).isEqualTo("2025-03-10T00:00:00.000Z");
        assertThat(number(series, "points.0", "REACTIONS")).isEqualTo(25);
        assertThat(number(series, "points.0", "COMMENTS")).isEqualTo(3);
        assertThat(number(series, "points.0", "CLICKS")).isEqualTo(5);
        // Facebook's engagement counts clicks: 25 + 3 + 5, over the 500 reached that day.
        assertThat(data(series, "engagementSeries.points.0.engagement")).isEqualTo(33.0);
        assertThat((Double) data(series, "engagementSeries.points.0.engagementRate.value")).isCloseTo(33.0 / 500,
                within(1e-9));
        assertThat(data(series, "engagementSeries.points.0.engagementRate.basis")).isEqualTo("REACH");
        assertThat(number(series, "points.1", "REACTIONS")).isEqualTo(15);
        assertThat(number(series, "points.1", "CLICKS")).isEqualTo(7);
        assertThat((Double) data(series, "engagementSeries.points.1.engagementRate.value")).isCloseTo(22.0 / 300,
                within(1e-9));
        assertThat(value(series, "total", "REACH")).as("reach is never added up across posts").isNull();
        assertThat(data(series, "engagementSeries.total.engagement")).isEqualTo(55.0);
        assertThat((Double) data(series, "engagementSeries.total.engagementRate.value")).isCloseTo(55.0 / 800,
                within(1e-9));
    }

    @Test
    void aPostRatedOverImpressionsIsRatedOverReachOnceItReportsReach() {
        Org org = EngagementFixtures.org(raw(), "an-reached", "UTC");
        String post = EngagementFixtures.postId("ig");
        recorded(raw(), org, List.of(item(post, "INSTAGRAM", "REACTIONS", 10, DAY1.plusSeconds(3600)),
                item(post, "INSTAGRAM", "IMPRESSIONS", 200, DAY1.plusSeconds(3600))));
        Map<String, Object> before = seriesOnce(template, org, raw(), org.analyst(), DAY1, DAY3, "DAY", Map.of(),
                body -> number(body, "total", "REACTIONS") == 10);
        assertThat(data(before, "engagementSeries.total.engagementRate.basis")).isEqualTo("IMPRESSIONS");
        assertThat(data(before, "engagementSeries.total.engagementRate.value")).isEqualTo(0.05);

        recorded(raw(), org, List.of(item(post, "INSTAGRAM", "REACH", 100, DAY2.plusSeconds(3600))));
        Map<String, Object> after = seriesOnce(template, org, raw(), org.analyst(), DAY1, DAY3, "DAY", Map.of(),
                body -> "REACH".equals(data(body, "engagementSeries.total.engagementRate.basis")));
        assertThat(data(after, "engagementSeries.total.engagementRate.value")).isEqualTo(0.1);
        assertThat(data(after, "engagementSeries.points.0.engagementRate")).as("nobody reached on day 1").isNull();
        Map<String, Object> hours = EngagementFixtures.series(raw(), org.analyst(), DAY2, DAY2.plusSeconds(7200),
                "HOUR", Map.of());
        assertThat(number(hours, "points.1", "IMPRESSIONS")).isEqualTo(0);
        assertThat(data(hours, "engagementSeries.total.engagementRate")).as("reach but no engagement in those hours")
                .isEqualTo(Map.of("value", 0.0, "basis", "REACH"));
    }

    @Test
    void theSameItemsSentAgainChangeNothingAndALateTotalLandsOnItsOwnDay() {
        Org org = EngagementFixtures.org(raw(), "an-again", "UTC");
        String post = EngagementFixtures.postId("fb");
        recorded(raw(), org, twoDays(post));
        seriesOnce(template, org, raw(), org.analyst(), DAY1, DAY3, "DAY", Map.of(), body -> number(body, "total", "REACTIONS") == 40);

        recorded(raw(), org, twoDays(post));
        // A total measured late on day 1 arrives after day 2's: day 1 grows by 5, day 2 by 5 less.
        recorded(raw(), org, List.of(item(post, "FACEBOOK", "REACTIONS", 30, DAY1.plusSeconds(23 * 3600))));
        recorded(raw(), org, List.of(item(post, "FACEBOOK", "SHARES", 2, DAY2.plusSeconds(3600))));
        Map<String, Object> series = seriesOnce(template, org, raw(), org.analyst(), DAY1, DAY3, "DAY", Map.of(),
                body -> number(body, "total", "SHARES") == 2);
        assertThat(number(series, "points.0", "REACTIONS")).isEqualTo(30);
        assertThat(number(series, "points.1", "REACTIONS")).isEqualTo(10);
        assertThat(number(series, "total", "REACTIONS")).isEqualTo(40);
        assertThat(number(series, "total", "CLICKS")).as("each change once").isEqualTo(12);
        assertThat(number(series, "total", "COMMENTS")).isEqualTo(3);
    }

    @Test
    void aPostAtHalfPastElevenLocalLandsOnThatLocalDayAndHoursFollowAHalfHourOffset() {
        Org org = EngagementFixtures.org(raw(), "an-kolkata", "Asia/Kolkata");
        String post = EngagementFixtures.postId("x");
        Instant lateOnFirst = Instant.parse("2025-12-01T18:00:00Z"); // 23:30 in Kolkata, 1 December
        Instant earlyOnSecond = Instant.parse("2025-12-01T18:45:00Z"); // 00:15, 2 December
        recorded(raw(), org, List.of(with(item(post, "X", "REACTIONS", 1, lateOnFirst), "kind", "DELTA"),
                with(item(post, "X", "REACTIONS", 2, earlyOnSecond), "kind", "DELTA")));
        Instant from = Instant.parse("2025-11-30T18:30:00Z"); // midnight, 1 December in Kolkata
        Map<String, Object> days = seriesOnce(template, org, raw(), org.analyst(), from, from.plusSeconds(2 * 86_400), "DAY",
                Map.of(), body -> number(body, "total", "REACTIONS") == 3);
        assertThat(data(days, "engagementSeries.timezone")).isEqualTo("Asia/Kolkata");
        assertThat(data(days, "engagementSeries.points.0.start")).isEqualTo("2025-11-30T18:30:00.000Z");
        assertThat(number(days, "points.0", "REACTIONS")).isEqualTo(1);
        assertThat(number(days, "points.1", "REACTIONS")).isEqualTo(2);

        Map<String, Object> hours = EngagementFixtures.series(raw(), org.analyst(), Instant.parse(
                "2025-12-01T17:30:00Z"), Instant.parse("2025-12-01T19:30:00Z"), "HOUR", Map.of());
        assertThat(data(hours, "engagementSeries.points.0.start")).isEqualTo("2025-12-01T17:30:00.000Z");
        assertThat(number(hours, "points.0", "REACTIONS")).as("23:00 to midnight").isEqualTo(1);
        assertThat(number(hours, "points.1", "REACTIONS")).as("midnight to 01:00").isEqualTo(2);
        assertThat(data(hours, "engagementSeries.points.0.engagementRate")).isNull();
    }

    @Test
    void theDayTheClocksGoBackHasTwentyFiveHoursAndItsRepeatedHourTwice() {
        Org org = EngagementFixtures.org(raw(), "an-newyork", "America/New_York");
        String post = EngagementFixtures.postId("li");
        Instant firstOneThirty = Instant.parse("2025-11-02T05:30:00Z"); // 01:30 EDT
        Instant secondOneThirty = Instant.parse("2025-11-02T06:30:00Z"); // 01:30 EST
        recorded(raw(), org, List.of(with(item(post, "LINKEDIN", "SHARES", 1, firstOneThirty), "kind", "DELTA"),
                with(item(post, "LINKEDIN", "SHARES", 2, secondOneThirty), "kind", "DELTA")));
        Instant midnight = Instant.parse("2025-11-02T04:00:00Z");
        Map<String, Object> day = seriesOnce(template, org, raw(), org.analyst(), midnight, midnight.plusSeconds(3600), "DAY",
                Map.of(), body -> number(body, "total", "SHARES") == 3);
        assertThat(data(day, "engagementSeries.points.0.end")).as("25 hours").isEqualTo("2025-11-03T05:00:00.000Z");

        Map<String, Object> hours = EngagementFixtures.series(raw(), org.analyst(), midnight,
                Instant.parse("2025-11-03T05:00:00Z"), "HOUR", Map.of());
        assertThat((List<?>) data(hours, "engagementSeries.points")).hasSize(25);
        assertThat(number(hours, "points.1", "SHARES")).as("01:00 EDT").isEqualTo(1);
        assertThat(number(hours, "points.2", "SHARES")).as("01:00 EST").isEqualTo(2);
    }

    @Test
    void aRebuildAnswersAsTheIncrementalRollUpsAndAZoneChangeMovesFiguresToTheirNewDays() {
        Org org = EngagementFixtures.org(raw(), "an-rebuild", "UTC");
        String post = EngagementFixtures.postId("ig");
        recorded(raw(), org, twoDays(post));
        recorded(raw(), org, List.of(item(post, "FACEBOOK", "REACTIONS", 30, DAY1.plusSeconds(23 * 3600)),
                item(EngagementFixtures.postId("ig"), "INSTAGRAM", "SAVES", 4, DAY2.plusSeconds(23 * 3600 + 1800)),
                item(null, "INSTAGRAM", "FOLLOWERS_GAINED", 9, DAY2)));
        Instant from = DAY1.minusSeconds(7 * 86_400);
        Instant to = DAY3.plusSeconds(40 * 86_400);
        List<Map<String, Object>> before = List.of("DAY", "WEEK", "MONTH").stream()
                .map(interval -> seriesOnce(template, org, raw(), org.analyst(), from, to, interval, Map.of(),
                        body -> number(body, "total", "SAVES") == 4))
                .toList();

        Map<String, Object> rebuilt = raw().post(org.admin(), "rebuildRollups", Map.of("input", Map.of("reason",
                "Checking the roll-ups")));
        assertThat(data(rebuilt, "rebuildRollups.queued")).as("%s", rebuilt).isEqualTo(true);
        Instant marker = DAY3.plusSeconds(60 * 86_400);
        recorded(raw(), org, List.of(item(post, "FACEBOOK", "SHARES", 1, marker)));
        seriesOnce(template, org, raw(), org.analyst(), marker, marker.plusSeconds(86_400), "DAY", Map.of(),
                body -> number(body, "total", "SHARES") == 1);
        List<String> intervals = List.of("DAY", "WEEK", "MONTH");
        for (int i = 0; i < intervals.size(); i++) {
            assertThat(data(EngagementFixtures.series(raw(), org.analyst(), from, to, intervals.get(i), Map.of()),
                    "engagementSeries")).as(intervals.get(i)).isEqualTo(data(before.get(i), "engagementSeries"));
        }

        // 23:30 on 11 March in UTC is 05:00 on 12 March in Kolkata: the zone change rebuilds the days.
        Map<String, Object> zone = raw().post(org.admin(), "updateOrganizationSettings", Map.of("input",
                Map.of("expectedVersion", 0, "timezone", "Asia/Kolkata")));
        assertThat(data(zone, "updateOrganizationSettings.userErrors")).as("%s", zone).isEqualTo(List.of());
        recorded(raw(), org, List.of(item(post, "FACEBOOK", "SHARES", 2, marker)));
        Instant kolkataDay3 = Instant.parse("2025-03-11T18:30:00Z");
        Map<String, Object> moved = seriesOnce(template, org, raw(), org.analyst(), kolkataDay3, kolkataDay3.plusSeconds(86_400),
                "DAY", Map.of(), body -> "Asia/Kolkata".equals(data(body, "engagementSeries.timezone")));
        assertThat(data(moved, "engagementSeries.points.0.start")).isEqualTo("2025-03-11T18:30:00.000Z");
        assertThat(number(moved, "total", "SAVES")).as("on 12 March in Kolkata").isEqualTo(4);
        assertThat(number(moved, "total", "REACTIONS")).as("day 2's last, 14:30 on 11 March in Kolkata").isEqualTo(0);
    }
}
