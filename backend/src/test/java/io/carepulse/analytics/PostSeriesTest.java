package io.carepulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.EngagementBatch.Item;
import io.carepulse.analytics.PostSeries.Adjustment;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** What recorded figures change per quarter hour, whatever order they arrive in, and what a stored series adds up to. */
class PostSeriesTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    private static Item total(EngagementMetric metric, double value, long minutes) {
        return new Item("x:1", Channel.FACEBOOK, metric, EngagementValueKind.CUMULATIVE, value,
                T0.plusSeconds(minutes * 60), null, null, "1", 0, null, null, null);
    }

    private static Item change(EngagementMetric metric, double value, long minutes) {
        return new Item("x:1", Channel.FACEBOOK, metric, EngagementValueKind.DELTA, value,
                T0.plusSeconds(minutes * 60), null, null, "1", 0, null, null, null);
    }

    /** Every adjustment of every batch, added up per quarter hour: what the roll-ups hold. */
    private static Map<Long, Double> rolledUp(List<List<Item>> batches) {
        Map<Long, Double> sums = new HashMap<>();
        Document stored = null;
        for (List<Item> batch : batches) {
            PostSeries series = stored == null ? PostSeries.empty() : PostSeries.of(List.of(stored));
            batch.forEach(item -> series.apply(item, "b"));
            series.adjustments().forEach(a -> sums.merge(a.slot(), a.amount(), Double::sum));
            stored = stored(stored, series.written());
        }
        sums.values().removeIf(v -> v == 0);
        return sums;
    }

    /** The series' figures (all its days in one document) after setting {@code written}'s dotted paths. */
    private static Document stored(Document before, Map<java.time.LocalDate, Map<String, Object>> written) {
        Document document = before == null ? new Document() : before;
        written.values().forEach(paths -> paths.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Document at = document;
            for (int i = 0; i < parts.length - 1; i++) {
                Document next = at.get(parts[i], Document.class);
                if (next == null) {
                    next = new Document();
                    at.put(parts[i], next);
                }
                at = next;
            }
            at.put(parts[parts.length - 1], value);
        }));
        return document;
    }

    private static long slot(long minutes) {
        return PostSeries.slot(T0.plusSeconds(minutes * 60).getEpochSecond());
    }

    @Test
    void totalsArrivingInAnyOrderAddTheSameIncreasesToTheSameQuarterHours() {
        List<Item> ordered = List.of(total(EngagementMetric.REACTIONS, 10, 0), total(EngagementMetric.REACTIONS, 25, 60),
                total(EngagementMetric.REACTIONS, 40, 120));
        Map<Long, Double> inOrder = rolledUp(List.of(ordered));
        assertThat(inOrder).containsExactlyInAnyOrderEntriesOf(Map.of(slot(0), 10.0, slot(60), 15.0, slot(120), 15.0));
        assertThat(rolledUp(List.of(List.of(ordered.get(2)), List.of(ordered.get(0)), List.of(ordered.get(1)))))
                .isEqualTo(inOrder);
        assertThat(rolledUp(List.of(ordered, ordered))).as("sent twice").isEqualTo(inOrder);
    }

    @Test
    void aLaterTotalInTheSameQuarterHourReplacesAnEarlierOneAndAnOlderOneChangesNothing() {
        Map<Long, Double> sums = rolledUp(List.of(List.of(total(EngagementMetric.SHARES, 5, 0)),
                List.of(total(EngagementMetric.SHARES, 8, 10)), List.of(total(EngagementMetric.SHARES, 6, 5))));
        assertThat(sums).isEqualTo(Map.of(slot(0), 8.0));
    }

    @Test
    void aChangeSentAgainForTheSameSecondReplacesTheEarlierOne() {
        Map<Long, Double> sums = rolledUp(List.of(List.of(change(EngagementMetric.CLICKS, 4, 0)),
                List.of(change(EngagementMetric.CLICKS, 4, 0)), List.of(change(EngagementMetric.CLICKS, 6, 0)),
                List.of(change(EngagementMetric.CLICKS, 1, 30))));
        assertThat(sums).isEqualTo(Map.of(slot(0), 6.0, slot(30), 1.0));
    }

    @Test
    void theHeadAloneTakesInNewerFiguresAndAsksForAllTheFiguresForOlderOnes() {
        PostSeries first = PostSeries.empty();
        List.of(total(EngagementMetric.REACTIONS, 10, 0), total(EngagementMetric.REACTIONS, 25, 60),
                change(EngagementMetric.CLICKS, 3, 60)).forEach(item -> first.apply(item, "b"));
        Document head = stored(null, Map.of(java.time.LocalDate.EPOCH, first.headChanges()));
        PostSeries series = PostSeries.head(head);
        List<Item> newer = List.of(total(EngagementMetric.REACTIONS, 40, 120), change(EngagementMetric.CLICKS, 2, 90));
        assertThat(series.needsAllFor(newer)).isFalse();
        newer.forEach(item -> series.apply(item, "c"));
        assertThat(series.adjustments()).containsExactlyInAnyOrder(
                new Adjustment(slot(120), EngagementMetric.REACTIONS, 15), new Adjustment(slot(90),
                        EngagementMetric.CLICKS, 2));
        assertThat(series.needsAllFor(List.of(total(EngagementMetric.REACTIONS, 20, 30)))).as("older").isTrue();
        assertThat(series.needsAllFor(List.of(change(EngagementMetric.CLICKS, 5, 60)))).as("sent again").isTrue();
        assertThat(series.needsAllFor(List.of(total(EngagementMetric.REACH, 5, 200)))).as("first reach").isTrue();
    }

    @Test
    void aStoredSeriesAddsUpToWhatItsBatchesAdded() {
        List<List<Item>> batches = new ArrayList<>();
        batches.add(List.of(total(EngagementMetric.REACTIONS, 3, 0), change(EngagementMetric.CLICKS, 2, 0)));
        batches.add(List.of(total(EngagementMetric.REACTIONS, 9, 200), total(EngagementMetric.REACTIONS, 4, 100)));
        batches.add(List.of(change(EngagementMetric.CLICKS, 7, 100), total(EngagementMetric.REACTIONS, 9, 300)));
        Map<Long, Double> incremental = rolledUp(batches);
        Document stored = null;
        for (List<Item> batch : batches) {
            PostSeries series = stored == null ? PostSeries.empty() : PostSeries.of(List.of(stored));
            batch.forEach(item -> series.apply(item, "b"));
            stored = stored(stored, series.written());
        }
        Map<Long, Double> rebuilt = new HashMap<>();
        for (Adjustment adjustment : PostSeries.of(List.of(stored)).everything()) {
            rebuilt.merge(adjustment.slot(), adjustment.amount(), Double::sum);
        }
        rebuilt.values().removeIf(v -> v == 0);
        assertThat(rebuilt).isEqualTo(incremental);
    }
}
