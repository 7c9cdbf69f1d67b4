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

    record ChannelCadence(Channel channel, LocalDate weekOf, int posts) {
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
                    .map(items -> calendar(items, start, end, zone, filter));
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
            ContentFilter filter) {
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
        Map<String, Integer> counts = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            LocalDate monday = LocalDate.ofInstant(entry.at(), zone)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            counts.merge(monday + "|" + entry.channel().name(), 1, Integer::sum);
        }
        List<ChannelCadence> cadence = counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            return new ChannelCadence(Channel.valueOf(key[1]), LocalDate.parse(key[0]), e.getValue());
        }).toList();
        return new Calendar(entries, cadence);
    }
}
