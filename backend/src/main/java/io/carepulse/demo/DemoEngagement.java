package io.carepulse.demo;

import io.carepulse.analytics.EngagementMetric;
import io.carepulse.analytics.EngagementRecorder;
import io.carepulse.analytics.EngagementRecorder.Figure;
import io.carepulse.analytics.EngagementValueKind;
import io.carepulse.content.Content;
import io.carepulse.content.ContentStatus;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.segment.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Riverside's demo engagement, so the analytics pages are alive on first start: running totals
 * every six hours for the two weeks after each of its published posts went out, daily ones for posts
 * on Instagram and LinkedIn that CarePulse did not publish (at a few recurring times, so the best
 * times have slots with enough posts), and each channel's daily followers, over the last 90 days.
 * Recorded through the connectors' path once the rest of the demo data is in (the application does
 * not wait for it), and taken into the roll-ups in the background. The CSV layouts' example files
 * are imported too (posts of an invented clinic, as a provider's own exports would be).
 */
@Component
class DemoEngagement {

    private static final String ORG = DemoData.RIVERSIDE;
    private static final List<EngagementMetric> POST_METRICS = List.of(EngagementMetric.IMPRESSIONS,
            EngagementMetric.REACH, EngagementMetric.REACTIONS, EngagementMetric.COMMENTS, EngagementMetric.SHARES,
            EngagementMetric.SAVES, EngagementMetric.CLICKS);

    private final ReactiveMongoTemplate mongo;
    private final EngagementRecorder recorder;

    DemoEngagement(ReactiveMongoTemplate mongo, EngagementRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    Mono<Void> seed(Instant now) {
        Random random = new Random(2026);
        Query published = Query.query(Criteria.where("organizationId").is(ORG).and("status")
                .is(ContentStatus.PUBLISHED));
        return mongo.find(published, Content.class).collectList().flatMap(contents -> {
            List<Figure> figures = new ArrayList<>();
            for (Content content : contents) {
                for (Content.Publication publication : content.publications()) {
                    if (publication.state() == Content.PublicationState.PUBLISHED && publication.at() != null) {
                        post(figures, random, content, null, publication.channel(), publication.at(), now, 6);
                    }
                }
            }
            // Posts published outside CarePulse: Tuesdays 09:00, Thursdays 12:00 and Saturdays 10:00 UTC.
            Instant start = now.minus(Duration.ofDays(90)).truncatedTo(ChronoUnit.DAYS);
            int n = 0;
            for (Instant day = start; day.isBefore(now.minus(Duration.ofDays(1))); day = day.plus(Duration.ofDays(1))) {
                int weekday = day.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().getValue();
                int hour = switch (weekday) {
                    case 2 -> 9;
                    case 4 -> 12;
                    case 6 -> 10;
                    default -> -1;
                };
                if (hour >= 0) {
                    Channel channel = n++ % 2 == 0 ? Channel.INSTAGRAM : Channel.LINKEDIN;
                    post(figures, random, null, "demo-" + channel.name().toLowerCase() + "-" + n, channel,
                            day.plus(Duration.ofHours(hour)), now, 24);
                }
                for (Channel channel : List.of(Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X, Channel.LINKEDIN)) {
                    Instant at = day.plus(Duration.ofHours(23));
                    if (at.isBefore(now)) {
                        figures.add(new Figure(null, null, channel, EngagementMetric.FOLLOWERS_GAINED,
                                3 + random.nextInt(20), at, EngagementValueKind.DELTA, null));
                        figures.add(new Figure(null, null, channel, EngagementMetric.FOLLOWERS_LOST,
                                random.nextInt(6), at, EngagementValueKind.DELTA, null));
                    }
                }
            }
            return recorder.record(figures)
                    .then(recorder.importExampleFiles("demo-data", now.minus(Duration.ofHours(12))));
        }).contextWrite(ReactiveSecurityContextHolder.withAuthentication(CallerAuthentication.forJob(ORG,
                "demo-data"))).then();
    }

    /** A post's running totals every {@code every} hours for two weeks after it went out (until now). */
    private static void post(List<Figure> figures, Random random, Content content, String externalPostId,
            Channel channel, Instant publishedAt, Instant now, int every) {
        double reach = 400 + random.nextInt(4_000);
        double engaging = 0.02 + random.nextDouble() * 0.08;
        for (int hours = every; hours <= 14 * 24; hours += every) {
            Instant at = publishedAt.plus(Duration.ofHours(hours));
            if (at.isAfter(now)) {
                break;
            }
            double grown = 1 - Math.exp(-hours / 30.0);
            for (EngagementMetric metric : POST_METRICS) {
                double share = switch (metric) {
                    case IMPRESSIONS -> 1.6;
                    case REACH -> 1.0;
                    case REACTIONS -> engaging * 0.7;
                    case COMMENTS -> engaging * 0.1;
                    case SHARES -> engaging * 0.1;
                    case SAVES -> engaging * 0.05;
                    default -> engaging * 0.2;
                };
                figures.add(new Figure(content == null ? null : content.id(), externalPostId, channel, metric,
                        Math.round(reach * share * grown), at, EngagementValueKind.CUMULATIVE,
                        content == null ? publishedAt : null));
            }
        }
    }
}
