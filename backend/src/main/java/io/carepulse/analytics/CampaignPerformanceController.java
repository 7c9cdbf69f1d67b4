package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.Rate;
import io.carepulse.analytics.EngagementDefinitions.Totals;
import io.carepulse.analytics.EngagementQueries.Scope;
import io.carepulse.analytics.EngagementSelection.EngagementPoint;
import io.carepulse.analytics.KpiPace.Pace;
import io.carepulse.analytics.KpiPace.Progress;
import io.carepulse.analytics.RollupFigures.PostRef;
import io.carepulse.campaign.Campaign;
import io.carepulse.campaign.Campaign.KpiMetric;
import io.carepulse.campaign.Campaign.KpiTarget;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code campaignPerformance}: a campaign's figures from its start to its end (or today, in the
 * organisation's time zone), read from the campaign's breakdown of the fewest roll-ups covering
 * those days, and each KPI target's progress and pace ({@link KpiPace}), the trend being the last
 * {@value #RECENT_DAYS} days. What each KPI is measured against is said with it:
 * <ul>
 * <li>IMPRESSIONS: the campaign's content's impressions;</li>
 * <li>ENGAGEMENT_RATE: its reach-weighted engagement rate, in percent;</li>
 * <li>REACH: each of its posts' reach added up (platforms report no reach across posts, so
 * someone reached by two posts counts twice);</li>
 * <li>FOLLOWERS_GAINED: the page's followers gained on the campaign's channels during it;</li>
 * <li>FUNDS_RAISED: not measured (no connector reports donations).</li>
 * </ul>
 */
@Controller
class CampaignPerformanceController {

    static final int RECENT_DAYS = 7;

    record KpiProgress(KpiMetric metric, double target, boolean measured, String measuredAs, Double actual,
            Double progress, Pace pace, Double projected) {
    }

    record CampaignPerformance(Campaign campaign, Instant from, Instant to, String timezone, int definitionsVersion,
            EngagementPoint total, EngagementPoint recent, List<KpiProgress> kpis) {
    }

    /** A span of days' figures of the campaign: its breakdown, the page's, and its posts'. */
    private record Span(EngagementPoint point, double reach, double followersGained, int days) {
    }

    private final EngagementQueries queries;
    private final TenantMongo mongo;
    private final Clock clock;

    CampaignPerformanceController(EngagementQueries queries, TenantMongo mongo, Clock clock) {
        this.queries = queries;
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryMapping
    Mono<CampaignPerformance> campaignPerformance(@Argument String campaignId) {
        ObjectId id = GlobalId.objectId(campaignId, Campaign.TYPE);
        if (id == null) {
            return Mono.empty();
        }
        return mongo.findById(id, Campaign.class).zipWith(queries.scope()).flatMap(t -> {
            Campaign campaign = t.getT1();
            Scope scope = t.getT2();
            LocalDate today = clock.instant().atZone(scope.zone()).toLocalDate();
            LocalDate first = campaign.startDate();
            LocalDate last = campaign.endDate() == null || campaign.endDate().isAfter(today) ? today
                    : campaign.endDate();
            Instant from = first.atStartOfDay(scope.zone()).toInstant();
            Instant to = (last.isBefore(first) ? first : last.plusDays(1)).atStartOfDay(scope.zone()).toInstant();
            if (last.isBefore(first)) {
                // Not started: no figures yet, no pace.
                EngagementPoint none = selection(campaign).point(from, to, List.of(), EngagementQueries.metrics(null));
                return Mono.just(new CampaignPerformance(campaign, from, to, scope.zone().getId(),
                        EngagementDefinitions.VERSION, none, none, kpis(campaign, null, null, today)));
            }
            LocalDate recentFirst = last.minusDays(RECENT_DAYS - 1L).isBefore(first) ? first
                    : last.minusDays(RECENT_DAYS - 1L);
            List<String> recentDays = recentFirst.datesUntil(last.plusDays(1)).map(RollupPeriods::day).toList();
            String[] fields = {"g." + PostAttributes.campaign(campaign.id()), "g." + PostAttributes.ALL, "p"};
            return Mono.zip(queries.read(scope, EngagementQueries.cover(first, last), fields),
                            queries.read(scope, recentDays, fields))
                    .flatMap(read -> queries.attributes(read.getT1().values()).map(contents -> {
                        Predicate<PostRef> posts = ref -> {
                            Document content = contents.get(PostKey.contentId(ref.post()));
                            return content != null && campaign.id().equals(content.getObjectId("campaignId"));
                        };
                        Span total = span(campaign, posts, from, to, read.getT1().values(),
                                (int) ChronoUnit.DAYS.between(first, last) + 1);
                        Span recent = span(campaign, posts, recentFirst.atStartOfDay(scope.zone()).toInstant(), to,
                                read.getT2().values(), recentDays.size());
                        return new CampaignPerformance(campaign, from, to, scope.zone().getId(),
                                EngagementDefinitions.VERSION, total.point(), recent.point(),
                                kpis(campaign, total, recent, today));
                    }));
        });
    }

    private static EngagementSelection selection(Campaign campaign) {
        return EngagementSelection.of(null, PostAttributes.campaign(campaign.id()));
    }

    private static Span span(Campaign campaign, Predicate<PostRef> posts, Instant from, Instant to,
            Collection<RollupFigures> figures, int days) {
        List<RollupFigures> all = List.copyOf(figures);
        EngagementPoint point = selection(campaign).point(from, to, all, EngagementQueries.metrics(null));
        double reach = 0;
        for (RollupFigures f : all) {
            for (Map.Entry<PostRef, Totals> post : f.posts().entrySet()) {
                if (posts.test(post.getKey())) {
                    reach += post.getValue().get(EngagementMetric.REACH);
                }
            }
        }
        Set<Channel> channels = campaign.channels() == null || campaign.channels().isEmpty() ? null
                : Set.copyOf(campaign.channels());
        EngagementPoint page = EngagementSelection.of(channels, PostAttributes.ALL).point(from, to, all,
                List.of(EngagementMetric.FOLLOWERS_GAINED));
        return new Span(point, reach, page.values().getFirst().value(), days);
    }

    private static List<KpiProgress> kpis(Campaign campaign, Span total, Span recent, LocalDate today) {
        List<KpiProgress> kpis = new ArrayList<>();
        for (KpiTarget target : campaign.kpiTargets() == null ? List.<KpiTarget>of() : campaign.kpiTargets()) {
            KpiMetric metric = target.metric();
            String measuredAs = measuredAs(metric, campaign);
            if (!KpiPace.measured(metric)) {
                kpis.add(new KpiProgress(metric, target.target(), false, measuredAs, null, null, null, null));
                continue;
            }
            Double actual = total == null ? null : actual(metric, total);
            Double trend = recent == null || recent.days() == 0 ? null : trend(metric, recent);
            Progress progress = KpiPace.of(metric, target.target(), actual, trend, campaign.startDate(),
                    campaign.endDate(), today);
            kpis.add(new KpiProgress(metric, target.target(), true, measuredAs, progress.actual(),
                    progress.progress(), progress.pace(), progress.projected()));
        }
        return kpis;
    }

    /** A KPI's trend: a count's daily rate over the span, or a rate's own value there; null without figures. */
    private static Double trend(KpiMetric metric, Span recent) {
        Double value = actual(metric, recent);
        if (value == null || KpiPace.isRate(metric)) {
            return value;
        }
        return value / recent.days();
    }

    /** A KPI's figure over a span (a rate in percent; null when nothing was seen). */
    private static Double actual(KpiMetric metric, Span span) {
        return switch (metric) {
            case IMPRESSIONS -> value(span.point(), EngagementMetric.IMPRESSIONS);
            case REACH -> span.reach();
            case FOLLOWERS_GAINED -> span.followersGained();
            case ENGAGEMENT_RATE -> {
                Rate rate = span.point().engagementRate();
                yield rate == null ? null : rate.value() * 100;
            }
            case FUNDS_RAISED -> null;
        };
    }

    private static double value(EngagementPoint point, EngagementMetric metric) {
        return point.values().stream().filter(v -> v.metric() == metric && v.value() != null)
                .mapToDouble(EngagementSelection.EngagementValue::value).sum();
    }

    private static String measuredAs(KpiMetric metric, Campaign campaign) {
        return switch (metric) {
            case IMPRESSIONS -> "Impressions of the campaign's content, on every channel";
            case REACH -> "People reached by each of the campaign's posts, added up: platforms report no reach "
                    + "across posts, so someone reached by two posts counts twice";
            case ENGAGEMENT_RATE -> "Engagement rate of the campaign's content in percent, weighted by each post's "
                    + "reach (over impressions for posts without reach)";
            case FOLLOWERS_GAINED -> "Followers gained on " + channels(campaign) + " during the campaign: the "
                    + "page's, not only those its posts brought";
            case FUNDS_RAISED -> "Not measured: no connector reports donations, so track funds where they are "
                    + "raised";
        };
    }

    private static String channels(Campaign campaign) {
        if (campaign.channels() == null || campaign.channels().isEmpty()) {
            return "every channel";
        }
        return "the campaign's channels (" + campaign.channels().stream().map(Channel::label)
                .collect(Collectors.joining(", ")) + ")";
    }
}
