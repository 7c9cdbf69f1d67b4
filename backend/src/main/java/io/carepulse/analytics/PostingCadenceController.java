package io.carepulse.analytics;

import io.carepulse.organization.OrganizationSettings;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.time.LocalDays;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code postingCadence}: posts per week per channel against the organisation's targets, from the
 * best-times roll-ups (one document per channel and publishing week, by ID), which count each post
 * once, in the week it went out in the organisation's time zone: posts published through CarePulse
 * and elsewhere alike, from the platform's first figure for them on.
 */
@Controller
class PostingCadenceController {

    record PostingWeek(LocalDate weekOf, int posts, Boolean metTarget) {
    }

    record ChannelPostingCadence(Channel channel, Integer target, List<PostingWeek> weeks, double average,
            Integer weeksOnTarget) {
    }

    record PostingCadence(String timezone, int weeks, List<ChannelPostingCadence> channels) {
    }

    private final EngagementQueries queries;
    private final OrganizationSettingsStore settings;

    PostingCadenceController(EngagementQueries queries, OrganizationSettingsStore settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @QueryMapping
    Mono<PostingCadence> postingCadence(@Argument Instant from, @Argument Instant to) {
        EngagementQueries.period(from, to, EngagementQueries.DAYS_MAX, EngagementQueries.DAYS_MAX_MESSAGE, "to");
        return Mono.zip(queries.scope(), settings.current()).flatMap(t -> {
            EngagementQueries.Scope scope = t.getT1();
            OrganizationSettings org = t.getT2();
            LocalDays days = LocalDays.covering(from, to, scope.zone());
            List<LocalDate> mondays = days.every(RollupPeriods.monday(days.first()), java.time.Period.ofWeeks(1));
            List<String> periods = new ArrayList<>();
            for (Channel channel : Channel.values()) {
                mondays.forEach(monday -> periods.add(RollupPeriods.bestTimes(channel, monday)));
            }
            return queries.read(scope, periods, "c").map(found -> new PostingCadence(scope.zone().getId(),
                    mondays.size(), channels(found, mondays, org)));
        });
    }

    /** Every channel with a post in the period or a target, in the channels' order. */
    private static List<ChannelPostingCadence> channels(Map<String, RollupFigures> found, List<LocalDate> mondays,
            OrganizationSettings org) {
        List<ChannelPostingCadence> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            Integer target = org.postingTarget(channel).orElse(null);
            List<PostingWeek> weeks = new ArrayList<>(mondays.size());
            int posts = 0;
            int onTarget = 0;
            for (LocalDate monday : mondays) {
                RollupFigures week = found.get(RollupPeriods.bestTimes(channel, monday));
                int count = week == null ? 0 : (int) Math.round(week.cells().values().stream()
                        .mapToDouble(cell -> cell.getOrDefault("n", 0.0)).sum());
                posts += count;
                Boolean met = target == null ? null : count >= target;
                if (Boolean.TRUE.equals(met)) {
                    onTarget++;
                }
                weeks.add(new PostingWeek(monday, count, met));
            }
            if (posts > 0 || target != null) {
                channels.add(new ChannelPostingCadence(channel, target, weeks, (double) posts / mondays.size(),
                        target == null ? null : onTarget));
            }
        }
        return channels;
    }
}
