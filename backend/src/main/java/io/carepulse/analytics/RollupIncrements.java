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
 * What a batch (or a rebuild) adds to each roll-up document: every change of a series placed by
 * its quarter hour on its local day (and hour), week and month, under each breakdown the post counts
 * in ({@code g.<breakdown>.<channel>.<metric or rate part>}), under its local hour of the day, 0 to 23
 * ({@code o.<hour>.<channel>.<metric or rate part>}), and under the post itself
 * ({@code p.<channel>|<post>.<metric>}); and the rate parts of a post with a publishing time under
 * its publishing slot in the best-times document of its channel and publishing week. Reach goes
 * only under the post (it is never added across posts), the page's followers under no post.
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

    /**
     * @param publishedAt when the post went out, for the best times (null: unknown)
     * @param sample      the post is new to its best-times slot: it counts as one more sample there
     */
    void add(Channel channel, String post, PostAttributes attributes, Instant publishedAt, boolean sample,
            List<Adjustment> adjustments) {
        String postField = "p." + channel + "|" + PostKey.field(post) + ".";
        boolean page = PostKey.PAGE.equals(post);
        List<String> dimensions = attributes.dimensions();
        String heat = publishedAt == null ? null : heatPeriod(channel, publishedAt);
        String cell = publishedAt == null ? null : "c." + cell(publishedAt) + ".";
        if (sample && heat != null) {
            add(heat, cell + "n", 1);
        }
        for (Adjustment adjustment : adjustments) {
            ZonedDateTime local = Instant.ofEpochSecond(adjustment.slot()).atZone(zone);
            LocalDate day = local.toLocalDate();
            String key = adjustment.key();
            double amount = adjustment.amount();
            boolean part = RateParts.isPart(key);
            boolean people = !part && EngagementDefinitions.PEOPLE.contains(adjustment.metric());
            int hourOfDay = local.getHour();
            for (String period : List.of(RollupPeriods.day(day), RollupPeriods.week(day), RollupPeriods.month(day))) {
                if (!people) {
                    for (String dimension : dimensions) {
                        add(period, "g." + dimension + "." + channel + "." + key, amount);
                    }
                    add(period, "o." + hourOfDay + "." + channel + "." + key, amount);
                }
                if (!page && !part) {
                    add(period, postField + key, amount);
                }
            }
            if (!people) {
                long hour = local.truncatedTo(ChronoUnit.HOURS).toEpochSecond();
                add(RollupPeriods.day(day), "h." + hour + "." + channel + "." + key, amount);
            }
            if (part && heat != null) {
                add(heat, cell + key, amount);
            }
        }
    }

    /** The best-times document of a channel and the publishing week of a post. */
    String heatPeriod(Channel channel, Instant publishedAt) {
        return RollupPeriods.bestTimes(channel, publishedAt.atZone(zone).toLocalDate());
    }

    /** A post's publishing slot: its local day of the week (1 is Monday) and hour, as {@code 1-09}. */
    String cell(Instant publishedAt) {
        ZonedDateTime local = publishedAt.atZone(zone);
        return local.getDayOfWeek().getValue() + "-" + String.format("%02d", local.getHour());
    }

    private void add(String period, String path, double amount) {
        documents.computeIfAbsent(period, p -> new Increments(RollupPeriods.id(org, generation, p), p,
                new LinkedHashMap<>())).paths().merge(path, amount, Double::sum);
    }

    int generation() {
        return generation;
    }

    List<Increments> documents() {
        return List.copyOf(documents.values());
    }
}
