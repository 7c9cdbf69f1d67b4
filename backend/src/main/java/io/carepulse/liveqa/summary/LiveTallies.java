package io.carepulse.liveqa.summary;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.QuestionFlag;
import io.carepulse.liveqa.audience.LiveParticipant;
import io.carepulse.liveqa.audience.ParticipantJoins;
import io.carepulse.liveqa.summary.LiveSessionTally.QuestionMark;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.MarkedCounts;
import io.carepulse.platform.events.RollupRebuild;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the {@link LiveSessionTally}s and {@link LiveDay}s from live Q&A's events: a question's event
 * sets its status (and marks it, for good, when it is held for suspected PHI); a session's start
 * puts it in its day; a join moves the session's join count to the event's sequence number. Each
 * sets a state or a maximum, so an event handled twice changes nothing. A rebuild writes them again
 * from the sessions, questions and participants.
 */
@Component
class LiveTallies implements RollupRebuild {

    static final String SESSIONS = "liveqa-summary-sessions";
    static final String JOINS = "liveqa-summary-joins";

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;
    private final PhiScanner scanner;

    LiveTallies(TenantMongo mongo, OrganizationSettingsStore settings, PhiScanner scanner) {
        this.mongo = mongo;
        this.settings = settings;
        this.scanner = scanner;
    }

    @Bean
    static EventConsumer<LiveEvent.Payload> liveTallySessionsConsumer(LiveTallies tallies) {
        return EventConsumer.of(SESSIONS, LiveEvent.stream(), tallies::sessionEvent);
    }

    @Bean
    static EventConsumer<ParticipantJoins.Joined> liveTallyJoinsConsumer(LiveTallies tallies) {
        return EventConsumer.of(JOINS, ParticipantJoins.STREAM, tallies::joined);
    }

    Mono<Void> sessionEvent(Event<LiveEvent.Payload> event) {
        ObjectId session = new ObjectId(event.key());
        LiveQuestion question = event.payload().question();
        if (question != null) {
            return Mono.defer(() -> question(session, question)).retryWhen(MarkedCounts.RETRY);
        }
        if (LiveEvent.Type.SESSION_STARTED.name().equals(event.type())) {
            return mongo.findById(session, LiveSession.class).filter(found -> found.startedAt() != null)
                    .flatMap(this::started);
        }
        return Mono.empty();
    }

    Mono<Void> joined(Event<ParticipantJoins.Joined> event) {
        ObjectId session = new ObjectId(event.key());
        return write(session, new Update().max("participantsJoined", event.sequence()).setOnInsert("sessionId", session));
    }

    /**
     * Takes a question's state into its session's tally: its mark set (held for PHI once flagged, for
     * good) and the counts moved ({@link MarkedCounts}).
     */
    private Mono<Void> question(ObjectId session, LiveQuestion question) {
        String hex = question.id().toHexString();
        return mongo.tenant().flatMap(org -> {
            String id = LiveSessionTally.id(org, session);
            Query read = Query.query(Criteria.where("_id").is(id));
            read.fields().include(LiveSessionTally.QUESTIONS + "." + hex);
            return mongo.find(read, LiveSessionTally.class).next()
                    .map(found -> Optional.ofNullable(found.questions().get(hex)))
                    .defaultIfEmpty(Optional.empty()).flatMap(stored -> {
                        QuestionMark before = stored.orElse(null);
                        boolean phi = before != null && before.phi()
                                || question.flags().contains(QuestionFlag.PHI_SUSPECTED);
                        QuestionMark now = new QuestionMark(question.status(), phi,
                                before == null ? 1 : before.revision() + 1);
                        if (now.sameAs(before)) {
                            return Mono.empty();
                        }
                        return MarkedCounts.write(mongo, LiveSessionTally.class, id, LiveSessionTally.QUESTIONS, hex,
                                before, now, new Update().setOnInsert("sessionId", session));
                    });
        });
    }

    private Mono<Void> started(LiveSession session) {
        return Mono.zip(settings.current(), mongo.tenant()).flatMap(t -> {
            String day = day(session.startedAt(), t.getT1().zone());
            return write(session.id(), new Update().set("startedAt", session.startedAt())
                    .setOnInsert("sessionId", session.id()))
                    .then(PendingAudit.outside(mongo.updateOne(
                            Query.query(Criteria.where("_id").is(LiveDay.id(t.getT2(), day))),
                            new Update().addToSet("sessions", session.id().toHexString()).setOnInsert("day", day),
                            LiveDay.class, true)));
        }).then();
    }

    private Mono<Void> write(ObjectId session, Update update) {
        return mongo.tenant().flatMap(org -> PendingAudit.outside(mongo.updateOne(
                Query.query(Criteria.where("_id").is(LiveSessionTally.id(org, session))), update,
                LiveSessionTally.class, true))).then();
    }

    static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }

    @Override
    public String name() {
        return "live Q&A summary";
    }

    /**
     * Every session's tally written whole from its questions (their text only read to tell whether
     * the participant's own words held suspected PHI before a moderator's edit) and participants,
     * and every day from the sessions' starts; days no session started on any more are removed.
     */
    @Override
    public Mono<Void> rebuild() {
        Query sessions = new Query();
        // The records' primitives too: a record cannot be made without them.
        sessions.fields().include("organizationId", "startedAt", "version");
        Query questions = new Query();
        questions.fields().include("organizationId", "sessionId", "status", "flags", "originalText", "anonymous",
                "upvoteCount", "revision");
        Query participants = new Query();
        participants.fields().include("organizationId", "sessionId");
        return Mono.zip(settings.current(), mongo.tenant(),
                        mongo.find(sessions, LiveSession.class).collectList(),
                        mongo.find(questions, LiveQuestion.class)
                                .collect(HashMap<ObjectId, Map<String, QuestionMark>>::new,
                                        (bySession, q) -> bySession.computeIfAbsent(q.sessionId(), s -> new HashMap<>())
                                                .put(q.id().toHexString(), new QuestionMark(q.status(), phi(q), 0))),
                        mongo.find(participants, LiveParticipant.class)
                                .collect(HashMap<ObjectId, Long>::new,
                                        (bySession, p) -> bySession.merge(p.sessionId(), 1L, Long::sum)))
                .flatMap(t -> {
                    ZoneId zone = t.getT1().zone();
                    String org = t.getT2();
                    Map<String, Set<String>> days = new HashMap<>();
                    Set<ObjectId> all = new HashSet<>(t.getT4().keySet());
                    all.addAll(t.getT5().keySet());
                    Map<ObjectId, Instant> starts = new HashMap<>();
                    for (LiveSession session : t.getT3()) {
                        if (session.startedAt() != null) {
                            starts.put(session.id(), session.startedAt());
                            all.add(session.id());
                            days.computeIfAbsent(day(session.startedAt(), zone), d -> new TreeSet<>())
                                    .add(session.id().toHexString());
                        }
                    }
                    Flux<Boolean> tallies = Flux.fromIterable(all).flatMap(session -> {
                        Map<String, QuestionMark> marks = t.getT4().getOrDefault(session, Map.of());
                        Update whole = new Update().set("sessionId", session).set("startedAt", starts.get(session))
                                .set("questions", marks).set("counts", MarkedCounts.sum(marks.values()))
                                .set("participantsCounted", t.getT5().getOrDefault(session, 0L));
                        return PendingAudit.outside(mongo.updateOne(Query.query(Criteria.where("_id")
                                .is(LiveSessionTally.id(org, session))), whole, LiveSessionTally.class, true));
                    }, RollupRebuild.WRITES_AT_ONCE);
                    List<String> dayIds = days.keySet().stream().map(day -> LiveDay.id(org, day)).toList();
                    Flux<Boolean> dayWrites = Flux.fromIterable(days.entrySet()).flatMap(day -> PendingAudit.outside(
                            mongo.updateOne(Query.query(Criteria.where("_id").is(LiveDay.id(org, day.getKey()))),
                                    new Update().set("day", day.getKey()).set("sessions", List.copyOf(day.getValue())),
                                    LiveDay.class, true)), RollupRebuild.WRITES_AT_ONCE);
                    return tallies.thenMany(dayWrites).then(PendingAudit.outside(mongo.remove(
                            Query.query(Criteria.where("_id").nin(dayIds)), LiveDay.class)));
                }).then();
    }

    /** Held for suspected PHI: flagged now, or the participant's own words (before an edit) hold some. */
    private boolean phi(LiveQuestion question) {
        return question.flags().contains(QuestionFlag.PHI_SUSPECTED)
                || question.originalText() != null && !scanner.scan(question.originalText()).isEmpty();
    }
}
