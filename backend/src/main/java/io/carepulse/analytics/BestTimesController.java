package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.Rate;
import io.carepulse.segment.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code bestTimesToPost}: the engagement rate of a channel's posts by the local day of the week and
 * hour they went out, from the last 16 weeks' best-times documents (one per publishing week, read
 * by ID). A slot with fewer than {@value #MINIMUM_SAMPLES} posts shows the channel's own rate of the
 * period, its baseline, and says so; the top slots are chosen among those with enough posts.
 */
@Controller
class BestTimesController {

    static final int WEEKS = 16;
    static final int MINIMUM_SAMPLES = 3;
    static final int TOP = 3;

    record BestTimeSlot(DayOfWeek dayOfWeek, int hour, int samples, Rate engagementRate, Double expectedRate,
            boolean fromBaseline) {
    }

    record BestTimesToPost(Channel channel, String timezone, Instant from, Instant to, int minimumSamples,
            Rate baseline, List<BestTimeSlot> slots, List<BestTimeSlot> top) {
    }

    private final EngagementQueries queries;
    private final java.time.Clock clock;

    BestTimesController(EngagementQueries queries, java.time.Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @QueryMapping
    Mono<BestTimesToPost> bestTimesToPost(@Argument Channel channel) {
        return queries.scope().flatMap(scope -> {
            Instant now = clock.instant();
            LocalDate today = now.atZone(scope.zone()).toLocalDate();
            LocalDate firstMonday = RollupPeriods.monday(today.minusWeeks(WEEKS));
            Instant from = today.minusWeeks(WEEKS).atStartOfDay(scope.zone()).toInstant();
            List<String> weeks = new ArrayList<>();
            for (LocalDate monday = firstMonday; !monday.isAfter(today); monday = monday.plusWeeks(1)) {
                weeks.add(RollupPeriods.bestTimes(channel, monday));
            }
            return queries.read(scope, weeks, "c").map(found -> bestTimes(channel, scope.zone().getId(), from, now,
                    found.values()));
        });
    }

    static BestTimesToPost bestTimes(Channel channel, String zone, Instant from, Instant to,
            java.util.Collection<RollupFigures> weeks) {
        Map<String, Map<String, Double>> cells = new HashMap<>();
        for (RollupFigures week : weeks) {
            week.cells().forEach((cell, values) -> {
                Map<String, Double> sum = cells.computeIfAbsent(cell, c -> new HashMap<>());
                values.forEach((key, value) -> sum.merge(key, value, Double::sum));
            });
        }
        Rate baseline = RateParts.rate(cells.values());
        List<BestTimeSlot> slots = new ArrayList<>(168);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                Map<String, Double> values = cells.getOrDefault(day.getValue() + "-" + String.format("%02d", hour),
                        Map.of());
                int samples = (int) Math.round(values.getOrDefault("n", 0.0));
                Rate rate = RateParts.rate(List.of(values));
                boolean enough = samples >= MINIMUM_SAMPLES && rate != null;
                slots.add(new BestTimeSlot(day, hour, samples, rate, enough ? Double.valueOf(rate.value())
                        : baseline == null ? null : baseline.value(), !enough));
            }
        }
        List<BestTimeSlot> top = slots.stream().filter(slot -> !slot.fromBaseline())
                .sorted(Comparator.comparingDouble(BestTimeSlot::expectedRate).reversed()
                        .thenComparing(Comparator.comparingInt(BestTimeSlot::samples).reversed()))
                .limit(TOP).toList();
        return new BestTimesToPost(channel, zone, from, to, MINIMUM_SAMPLES, baseline, slots, top);
    }
}
