package io.carepulse.analytics;

import io.carepulse.analytics.EngagementBatch.Item;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The recorded figures of one post on one channel (or of the page): per metric, the latest
 * running total of each quarter hour (CUMULATIVE) and each reported change by its second (DELTA).
 * Applying items says what they change per quarter hour, which the roll-ups add:
 * <ul>
 * <li>a running total adds its increase over the total before it to its quarter hour, and takes
 * the same off the next total's quarter hour (whose increase it now is smaller), so a total that
 * arrives late or is corrected lands where it belongs;
 * <li>a running total older than the one kept for its quarter hour, or equal to it, changes
 * nothing; nor does a total equal to the one before it (it is not even kept);
 * <li>a change adds itself; sent again for the same second it replaces the earlier one.
 * </ul>
 * Quarter hours are whole in every time zone (offsets are multiples of 15 minutes), so each
 * figure lands on the right local day and hour. Stored as {@code s.<metric>.<quarter hour>} and
 * {@code d.<metric>.<second>}, each with its batch and line (its provenance).
 */
final class PostSeries {

    static final long QUARTER_HOUR = 900;

    /**
     * What a batch changed: {@code amount} more of {@code key} in the quarter hour starting at
     * {@code slot}; the key is a metric's name or a part of the engagement rate ({@link RateParts}).
     */
    record Adjustment(long slot, String key, double amount) {

        Adjustment(long slot, EngagementMetric metric, double amount) {
            this(slot, metric.name(), amount);
        }

        Document stored() {
            return new Document("t", slot).append("m", key).append("v", amount);
        }

        static Adjustment of(Document stored) {
            return new Adjustment(((Number) stored.get("t")).longValue(), stored.getString("m"),
                    ((Number) stored.get("v")).doubleValue());
        }

        /** The metric it counts, or null for a part of the rate. */
        EngagementMetric metric() {
            return RateParts.isPart(key) ? null : EngagementMetric.valueOf(key);
        }
    }

    private record Figure(long at, double value, String batch, int line) {

        Document stored() {
            return new Document("a", at).append("v", value).append("b", batch).append("l", line);
        }

        static Figure of(Object stored) {
            Document d = (Document) stored;
            return new Figure(((Number) d.get("a")).longValue(), ((Number) d.get("v")).doubleValue(),
                    d.getString("b"), ((Number) d.get("l")).intValue());
        }
    }

    private record Slot(long slot, String key) {
    }

    private final Map<EngagementMetric, TreeMap<Long, Figure>> totals = new EnumMap<>(EngagementMetric.class);
    private final Map<EngagementMetric, Map<Long, Figure>> changes = new EnumMap<>(EngagementMetric.class);
    private final Map<String, Object> written = new LinkedHashMap<>();
    private final Map<Slot, Double> adjustments = new LinkedHashMap<>();

    /** The series as stored ({@code null}: nothing recorded yet). */
    static PostSeries of(Document stored) {
        PostSeries series = new PostSeries();
        if (stored == null) {
            return series;
        }
        read(stored.get("s", Document.class), series.totals, true);
        Map<EngagementMetric, TreeMap<Long, Figure>> deltas = new EnumMap<>(EngagementMetric.class);
        read(stored.get("d", Document.class), deltas, false);
        series.changes.putAll(deltas);
        return series;
    }

    private static void read(Document byMetric, Map<EngagementMetric, TreeMap<Long, Figure>> into, boolean totals) {
        if (byMetric == null) {
            return;
        }
        byMetric.forEach((metric, figures) -> {
            TreeMap<Long, Figure> read = new TreeMap<>();
            ((Document) figures).forEach((key, figure) -> read.put(Long.parseLong(key), Figure.of(figure)));
            into.put(EngagementMetric.valueOf(metric), read);
        });
    }

    static long slot(long epochSecond) {
        return Math.floorDiv(epochSecond, QUARTER_HOUR) * QUARTER_HOUR;
    }

    /** Takes in one item of batch {@code batch}. */
    void apply(Item item, String batch) {
        long at = item.at().getEpochSecond();
        Figure figure = new Figure(at, item.value(), batch, item.line());
        if (item.kind() == EngagementValueKind.DELTA) {
            Map<Long, Figure> reported = changes.computeIfAbsent(item.metric(), m -> new TreeMap<>());
            Figure kept = reported.get(at);
            double amount = item.value() - (kept == null ? 0 : kept.value());
            if (amount == 0) {
                return;
            }
            add(slot(at), item.metric(), amount);
            reported.put(at, figure);
            written.put("d." + item.metric() + "." + at, figure.stored());
            return;
        }
        TreeMap<Long, Figure> reported = totals.computeIfAbsent(item.metric(), m -> new TreeMap<>());
        long slot = slot(at);
        Figure kept = reported.get(slot);
        double before;
        if (kept != null) {
            if (at < kept.at() || at == kept.at() && item.value() == kept.value()) {
                return;
            }
            before = kept.value();
        } else {
            Map.Entry<Long, Figure> previous = reported.lowerEntry(slot);
            before = previous == null ? 0 : previous.getValue().value();
            if (item.value() == before) {
                return;
            }
        }
        double amount = item.value() - before;
        add(slot, item.metric(), amount);
        Long next = reported.higherKey(slot);
        if (next != null) {
            add(next, item.metric(), -amount);
        }
        reported.put(slot, figure);
        written.put("s." + item.metric() + "." + slot, figure.stored());
    }

    private void add(long slot, EngagementMetric metric, double amount) {
        adjustments.merge(new Slot(slot, metric.name()), amount, Double::sum);
    }

    /** What the items applied so far changed, per quarter hour and metric (none that cancelled out). */
    List<Adjustment> adjustments() {
        List<Adjustment> list = new ArrayList<>();
        adjustments.forEach((slot, amount) -> {
            if (amount != 0) {
                list.add(new Adjustment(slot.slot(), slot.key(), amount));
            }
        });
        return list;
    }

    /** The fields the items applied so far set: figures to keep. */
    Map<String, Object> written() {
        return written;
    }

    /** Whether the post has reported a reach above zero (its rate is then over reach). */
    boolean reached() {
        TreeMap<Long, Figure> reach = totals.get(EngagementMetric.REACH);
        return reach != null && !reach.isEmpty() && reach.lastEntry().getValue().value() > 0;
    }

    /** Everything the series holds, as the roll-ups would have taken it in: for a rebuild. */
    List<Adjustment> everything() {
        PostSeries sum = new PostSeries();
        totals.forEach((metric, figures) -> {
            double before = 0;
            for (Map.Entry<Long, Figure> figure : figures.entrySet()) {
                sum.add(figure.getKey(), metric, figure.getValue().value() - before);
                before = figure.getValue().value();
            }
        });
        changes.forEach((metric, figures) -> figures.forEach((at, figure) -> sum.add(slot(at), metric, figure.value())));
        return sum.adjustments();
    }
}
