package io.carepulse.analytics;

import io.carepulse.analytics.PostSeries.Adjustment;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch (or a rebuild) adds to each roll-up document: every change of a series, placed by its
 * quarter hour on its local day, hour, week and month. Reach goes only into the per-post figures,
 * the page's followers only into the channel's.
 */
final class RollupIncrements {

    /** One roll-up document's increments, by field path. */
    record Increments(String id, String period, Map<String, Double> paths) {
    }

    private final String org;
    private final int generation;
    private final ZoneId zone;
    private final Map<String, Increments> documents = new LinkedHashMap<>();

    RollupIncrements(String org, int generation, ZoneId zone) {
        this.org = org;
        this.generation = generation;
        this.zone = zone;
    }

    void add(Channel channel, String post, List<Adjustment> adjustments) {
        String postField = "p." + channel + "|" + PostKey.field(post) + ".";
        boolean page = PostKey.PAGE.equals(post);
        for (Adjustment adjustment : adjustments) {
            ZonedDateTime local = Instant.ofEpochSecond(adjustment.slot()).atZone(zone);
            LocalDate day = local.toLocalDate();
            String metric = adjustment.metric().name();
            boolean people = EngagementDefinitions.PEOPLE.contains(adjustment.metric());
            double amount = adjustment.amount();
            for (String period : List.of(RollupPeriods.day(day), RollupPeriods.week(day), RollupPeriods.month(day))) {
                if (!people) {
                    add(period, "m." + channel + "." + metric, amount);
                }
                if (!page) {
                    add(period, postField + metric, amount);
                }
            }
            if (!people) {
                long hour = local.truncatedTo(ChronoUnit.HOURS).toEpochSecond();
                add(RollupPeriods.day(day), "h." + hour + "." + channel + "." + metric, amount);
            }
        }
    }

    private void add(String period, String path, double amount) {
        documents.computeIfAbsent(period, p -> new Increments(RollupPeriods.id(org, generation, p), p,
                new LinkedHashMap<>())).paths().merge(path, amount, Double::sum);
    }

    List<Increments> documents() {
        return List.copyOf(documents.values());
    }
}
