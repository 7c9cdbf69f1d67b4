package io.carepulse.analytics;

import io.carepulse.analytics.EngagementBatch.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * figure lands on the right local day and hour. The figures are stored by UTC day
 * ({@code s.<metric>.<quarter hour>}, {@code d.<metric>.<second>}, each with its batch and line: its
 * provenance); the series document keeps each metric's latest figure ({@code last},
 * {@code lastDelta}), which is all that figures arriving in order need. Only a figure older than
 * the latest (or a post's first reach, which moves its earlier figures) needs its days read.
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
    private final Map<EngagementMetric, TreeMap<Long, Figure>> changes = new EnumMap<>(EngagementMetric.class);
    /** Each metric's latest change's second, when only the head was read. */
    private final Map<EngagementMetric, Long> lastChange = new EnumMap<>(EngagementMetric.class);
    private final boolean complete;
    private final Map<LocalDate, Map<String, Object>> written = new TreeMap<>();
    private final Set<EngagementMetric> touched = EnumSet.noneOf(EngagementMetric.class);
    private final Map<Slot, Double> adjustments = new LinkedHashMap<>();

    private PostSeries(boolean complete) {
        this.complete = complete;
    }

    /** A series with nothing recorded yet. */
    static PostSeries empty() {
        return new PostSeries(true);
    }

    /** The series' head as its document keeps it: enough for figures newer than its latest ones. */
    static PostSeries head(Document series) {
        if (series == null) {
            return empty();
        }
        PostSeries head = new PostSeries(false);
        Document last = series.get("last", Document.class);
        if (last != null) {
            last.forEach((metric, figure) -> {
                Document d = (Document) figure;
                TreeMap<Long, Figure> one = new TreeMap<>();
                one.put(((Number) d.get("t")).longValue(), Figure.of(d));
                head.totals.put(EngagementMetric.valueOf(metric), one);
            });
        }
        Document lastDelta = series.get("lastDelta", Document.class);
        if (lastDelta != null) {
            lastDelta.forEach((metric, at) -> head.lastChange.put(EngagementMetric.valueOf(metric),
                    ((Number) at).longValue()));
        }
        return head;
    }

    /** The whole series from its figure days. */
    static PostSeries of(java.util.Collection<Document> days) {
        PostSeries series = new PostSeries(true);
        for (Document day : days) {
            read(day.get("s", Document.class), series.totals);
            read(day.get("d", Document.class), series.changes);
        }
        return series;
    }

    private static void read(Document byMetric, Map<EngagementMetric, TreeMap<Long, Figure>> into) {
        if (byMetric == null) {
            return;
        }
        byMetric.forEach((metric, figures) -> {
            TreeMap<Long, Figure> read = into.computeIfAbsent(EngagementMetric.valueOf(metric), m -> new TreeMap<>());
            ((Document) figures).forEach((key, figure) -> read.put(Long.parseLong(key), Figure.of(figure)));
        });
    }

    /**
     * Whether the head is not enough for {@code items}: a running total older than its metric's
     * latest, a change not newer than its metric's latest, or a reach that may move the post's
     * earlier figures between the rate's parts.
     */
    boolean needsAllFor(List<Item> items) {
        if (complete) {
            return false;
        }
        boolean reached = reached();
        for (Item item : items) {
            long at = item.at().getEpochSecond();
            if (item.kind() == EngagementValueKind.DELTA) {
                Long latest = lastChange.get(item.metric());
                if (latest != null && at <= latest) {
                    return true;
                }
            } else {
                TreeMap<Long, Figure> kept = totals.get(item.metric());
                if (kept != null && slot(at) < kept.lastKey()) {
                    return true;
                }
                if (item.metric() == EngagementMetric.REACH && (reached != item.value() > 0)) {
                    return true;
                }
            }
        }
        return false;
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
            lastChange.merge(item.metric(), at, Math::max);
            write(at, "d." + item.metric() + "." + at, figure.stored());
            touched.add(item.metric());
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
        write(slot, "s." + item.metric() + "." + slot, figure.stored());
        touched.add(item.metric());
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

    private void write(long epochSecond, String path, Object value) {
        written.computeIfAbsent(LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400)), d -> new LinkedHashMap<>())
                .put(path, value);
    }

    /** The figures the items applied so far keep, by UTC day. */
    Map<LocalDate, Map<String, Object>> written() {
        return written;
    }

    /** The head's fields the items applied so far change: each touched metric's latest figure. */
    Map<String, Object> headChanges() {
        Map<String, Object> head = new LinkedHashMap<>();
        for (EngagementMetric metric : touched) {
            TreeMap<Long, Figure> kept = totals.get(metric);
            if (kept != null && !kept.isEmpty()) {
                Map.Entry<Long, Figure> latest = kept.lastEntry();
                head.put("last." + metric, latest.getValue().stored().append("t", latest.getKey()));
            }
            Long change = lastChange.get(metric);
            if (change != null) {
                head.put("lastDelta." + metric, change);
            }
        }
        return head;
    }

    /** Whether the post has reported a reach above zero (its rate is then over reach). */
    boolean reached() {
        TreeMap<Long, Figure> reach = totals.get(EngagementMetric.REACH);
        return reach != null && !reach.isEmpty() && reach.lastEntry().getValue().value() > 0;
    }

    /** Everything the series holds, as the roll-ups would have taken it in: for a rebuild. */
    List<Adjustment> everything() {
        if (!complete) {
            throw new IllegalStateException("Only a whole series adds up to everything it holds");
        }
        PostSeries sum = empty();
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
