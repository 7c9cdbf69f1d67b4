package io.carepulse.content;

import io.carepulse.content.ContentInputs.ContentFilter;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code contentCalendar}: each channel's scheduled and published posts in a range of days, and
 * how many there are per week and channel (the posting cadence). Days and weeks are the
 * organisation's, in its time zone; a week starts on Monday.
 */
@Controller
class ContentCalendar {

    static final int DAYS_MAX = 92;

    record CalendarEntry(Content content, Channel channel, Instant at, Content.PublicationState state) {
    }

    record ChannelCadence(Channel channel, LocalDate weekOf, int posts, Integer target) {
    }

    record Calendar(List<CalendarEntry> entries, List<ChannelCadence> cadence) {
    }

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;

    ContentCalendar(TenantMongo mongo, OrganizationSettingsStore settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @QueryMapping
    Mono<Calendar> contentCalendar(@Argument LocalDate from, @Argument LocalDate to, @Argument ContentFilter filter) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= DAYS_MAX) {
            return Mono.error(new BadInputException("Choose a range of 1 to " + DAYS_MAX + " days, ending on or after "
                    + "its start", "to"));
        }
        return settings.current().flatMap(org -> {
            ZoneId zone = org.zone();
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
            Query query = Query.query(new Criteria().orOperator(
                    Criteria.where("status").is(ContentStatus.SCHEDULED).and("publishAt").gte(start).lt(end),
                    Criteria.where("publications.at").gte(start).lt(end)));
            if (filter != null && filter.campaignId() != null) {
                query.addCriteria(Criteria.where("campaignId").is(io.carepulse.platform.graphql.GlobalId.objectId(
                        filter.campaignId(), io.carepulse.campaign.Campaign.TYPE)));
            }
            return mongo.find(query, Content.class).collectList()
                    .map(items -> calendar(items, start, end, zone, filter, org));
        });
    }

    /** The filter's other fields, on the few items of the range (the query narrowed by time and campaign). */
    private static boolean matches(Content content, ContentFilter filter) {
        if (filter == null) {
            return true;
        }
        String search = filter.search() == null ? "" : filter.search().strip().toLowerCase(java.util.Locale.ROOT);
        return (filter.status() == null || filter.status().isEmpty() || filter.status().contains(content.status()))
                && (filter.format() == null || content.format() == filter.format())
                && (filter.topic() == null || content.topics().contains(filter.topic()))
                && (filter.openTakedowns() == null || filter.openTakedowns() == Contents.hasOpenTakedown(content))
                && (search.isEmpty() || content.title().toLowerCase(java.util.Locale.ROOT).contains(search)
                        || content.body().toLowerCase(java.util.Locale.ROOT).contains(search));
    }

    private static Calendar calendar(List<Content> items, Instant start, Instant end, ZoneId zone,
            ContentFilter filter, io.carepulse.organization.OrganizationSettings org) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Content content : items) {
            if (!matches(content, filter)) {
                continue;
            }
            for (Content.Publication publication : content.publications()) {
                Instant at = content.status() == ContentStatus.SCHEDULED ? content.publishAt() : publication.at();
                boolean shown = publication.state() == Content.PublicationState.PUBLISHED
                        || publication.state() == Content.PublicationState.RETRACTED
                        || publication.state() == Content.PublicationState.FAILED
                        || content.status() == ContentStatus.SCHEDULED;
                if (shown && at != null && !at.isBefore(start) && at.isBefore(end)) {
                    entries.add(new CalendarEntry(content, publication.channel(), at,
                            content.status() == ContentStatus.SCHEDULED ? Content.PublicationState.PENDING
                                    : publication.state()));
                }
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::at));
        return new Calendar(entries, cadence(entries, start, end, zone, org));
    }

    /**
     * Posts per week and channel (scheduled, published, or published and since retracted; not the
     * failed), each week of the range, for every channel with a post or a target that week.
     */
    private static List<ChannelCadence> cadence(List<CalendarEntry> entries, Instant start, Instant end, ZoneId zone,
            io.carepulse.organization.OrganizationSettings org) {
        Map<String, Integer> counts = new TreeMap<>();
        LocalDate last = LocalDate.ofInstant(end.minusSeconds(1), zone);
        for (LocalDate monday = monday(LocalDate.ofInstant(start, zone)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            for (io.carepulse.organization.OrganizationSettings.PostingTarget target : org.postingTargets()) {
                counts.put(monday + "|" + target.channel().name(), 0);
            }
        }
        for (CalendarEntry entry : entries) {
            if (entry.state() != Content.PublicationState.FAILED) {
                counts.merge(monday(LocalDate.ofInstant(entry.at(), zone)) + "|" + entry.channel().name(), 1,
                        Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            Channel channel = Channel.valueOf(key[1]);
            return new ChannelCadence(channel, LocalDate.parse(key[0]), e.getValue(),
                    org.postingTarget(channel).orElse(null));
        }).toList();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
