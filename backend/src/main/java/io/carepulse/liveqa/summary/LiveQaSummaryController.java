package io.carepulse.liveqa.summary;

import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.MarkedCounts;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.time.LocalDays;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code liveQaSummary}: the period's sessions found by their days ({@link LiveDay}, by ID), their
 * figures read from their tallies' counts ({@link LiveSessionTally}, by ID, without the questions'
 * own marks): two lookups whatever the number of questions and participants. Figures only, for every staff role and dashboards.
 */
@Controller
class LiveQaSummaryController {

    /** Days a period may span: two years. */
    static final int DAYS_MAX = 731;

    record LiveQaSummary(Instant from, Instant to, String timezone, long sessions, long participants, long questions,
            long pending, long approved, long answered, long rejected, long phiFlagged, Double approvalRate,
            Double phiFlagRate, Double answeredRate) {
    }

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;

    LiveQaSummaryController(TenantMongo mongo, OrganizationSettingsStore settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @QueryMapping
    Mono<LiveQaSummary> liveQaSummary(@Argument Instant from, @Argument Instant to) {
        if (!to.isAfter(from)) {
            throw new BadInputException("The period must end after it starts", "to");
        }
        return Mono.zip(settings.current(), mongo.tenant()).flatMap(t -> {
            ZoneId zone = t.getT1().zone();
            LocalDays period = LocalDays.covering(from, to, zone);
            if (period.count() > DAYS_MAX) {
                return Mono.error(new BadInputException("Choose a period of at most two years", "to"));
            }
            String org = t.getT2();
            List<String> dayIds = period.days().stream().map(day -> LiveDay.id(org, day.toString())).toList();
            return mongo.find(Query.query(Criteria.where("_id").in(dayIds)), LiveDay.class)
                    .collect(LinkedHashSet<String>::new, (sessions, day) -> sessions.addAll(day.sessions()))
                    .flatMap(sessions -> tallies(org, sessions))
                    .map(tallies -> summary(from, to, zone, tallies));
        });
    }

    private Mono<List<LiveSessionTally>> tallies(String org, Set<String> sessions) {
        if (sessions.isEmpty()) {
            return Mono.just(List.of());
        }
        List<String> ids = sessions.stream().map(hex -> LiveSessionTally.id(org, new ObjectId(hex))).toList();
        Query tallies = Query.query(Criteria.where("_id").in(ids));
        // The counts, never the questions' own marks.
        tallies.fields().include("organizationId", "sessionId", "startedAt", "counts", "participantsJoined",
                "participantsCounted");
        return mongo.find(tallies, LiveSessionTally.class).collectList();
    }

    static LiveQaSummary summary(Instant from, Instant to, ZoneId zone, List<LiveSessionTally> tallies) {
        long participants = tallies.stream().mapToLong(LiveSessionTally::participants).sum();
        Map<String, Long> counts = MarkedCounts.total(tallies.stream().map(LiveSessionTally::counts).toList());
        long pending = counts.getOrDefault(LiveSessionTally.STATUS + QuestionStatus.PENDING.name(), 0L);
        long approved = counts.getOrDefault(LiveSessionTally.STATUS + QuestionStatus.APPROVED.name(), 0L);
        long answered = counts.getOrDefault(LiveSessionTally.STATUS + QuestionStatus.ANSWERED.name(), 0L);
        long rejected = counts.getOrDefault(LiveSessionTally.STATUS + QuestionStatus.REJECTED.name(), 0L);
        long phi = counts.getOrDefault(LiveSessionTally.PHI, 0L);
        long questions = counts.getOrDefault(LiveSessionTally.QUESTIONS, 0L);
        return new LiveQaSummary(from, to, zone.getId(), tallies.size(), participants, questions, pending, approved,
                answered, rejected, phi, share(approved + answered, approved + answered + rejected),
                share(phi, questions), share(answered, questions));
    }

    /** A fraction to four decimals; null when there is nothing to divide by. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
