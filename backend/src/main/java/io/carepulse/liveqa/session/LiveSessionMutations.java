package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.liveqa.events.SessionChanges;
import io.carepulse.liveqa.session.LiveSessionInputs.CreateLiveSessionInput;
import io.carepulse.liveqa.session.LiveSessionInputs.UpdateLiveSessionInput;
import io.carepulse.liveqa.session.LiveSessionPayloads.CreateLiveSessionPayload;
import io.carepulse.liveqa.session.LiveSessionPayloads.EndLiveSessionPayload;
import io.carepulse.liveqa.session.LiveSessionPayloads.StartLiveSessionPayload;
import io.carepulse.liveqa.session.LiveSessionPayloads.UpdateLiveSessionPayload;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdateOutcome;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Mutations of {@code LiveSession}: schedule, update, start and end; each change is logged as a session event. */
@Controller
public class LiveSessionMutations {

    private static final String WHAT = "live session";
    private static final UserError NOT_FOUND = UpdatePayloads.notFound(WHAT);

    private final TenantMongo mongo;
    private final LiveEventLog log;
    private final SessionChanges sessionChanges;
    private final OpenSessions openSessions;
    private final ModeratorChoice moderators;
    private final Clock clock;

    LiveSessionMutations(TenantMongo mongo, LiveEventLog log, OpenSessions openSessions, ModeratorChoice moderators,
            Clock clock, SessionChanges sessionChanges) {
        this.mongo = mongo;
        this.log = log;
        this.openSessions = openSessions;
        this.moderators = moderators;
        this.clock = clock;
        this.sessionChanges = sessionChanges;
        JoinCodes.next(); // load and seed the generator at startup
    }

    @MutationMapping
    Mono<CreateLiveSessionPayload> createLiveSession(@Argument CreateLiveSessionInput input) {
        InputChecks checks = new InputChecks(LiveSessionRules.LABELS);
        Instant now = clock.instant();
        LiveSessionRules.Valid valid = LiveSessionRules.validate(checks, input, now);
        return CurrentCaller.required().flatMap(caller -> moderators.of(input.moderatorIds(), caller)
                .flatMap(chosen -> {
                    List<UserError> errors = new ArrayList<>(checks.errors());
                    errors.addAll(chosen.errors());
                    if (!errors.isEmpty()) {
                        return Mono.just(new CreateLiveSessionPayload(null, errors));
                    }
                    return Mono.defer(() -> sessionChanges.insert(org -> new LiveSession(new ObjectId(), org, valid.title(),
                                    valid.description(), valid.host(), chosen.subjects(), input.scheduledStart(),
                                    valid.streamUrl(), LiveSessionStatus.SCHEDULED, JoinCodes.next(), valid.settings(),
                                    null, null, now, now, 1), caller.organization()))
                            // A join-code collision is astronomically rare; a fresh code fixes it.
                            .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                            .map(session -> new CreateLiveSessionPayload(session, List.of()));
                }));
    }

    @MutationMapping
    Mono<UpdateLiveSessionPayload> updateLiveSession(@Argument UpdateLiveSessionInput input) {
        ObjectId objectId = GlobalId.objectId(input.id(), LiveSession.TYPE);
        if (objectId == null) {
            return Mono.just(new UpdateLiveSessionPayload(null, List.of(NOT_FOUND)));
        }
        return CurrentCaller.required().flatMap(caller -> mongo.findById(objectId, LiveSession.class)
                .flatMap(current -> mayEdit(caller, current))
                .flatMap(current -> update(current, input, caller)))
                .switchIfEmpty(Mono.fromSupplier(() -> new UpdateLiveSessionPayload(null, List.of(NOT_FOUND))));
    }

    /** ADMINs and MARKETERs edit any session of their organisation; a MODERATOR only the sessions they moderate. */
    private static Mono<LiveSession> mayEdit(Caller caller, LiveSession session) {
        return caller.roles().contains(Role.MARKETER) ? Mono.just(session)
                : SessionModerators.requireRunner(caller, session);
    }

    private Mono<UpdateLiveSessionPayload> update(LiveSession current, UpdateLiveSessionInput input, Caller caller) {
        ObjectId objectId = current.id();
        Mono<ModeratorChoice.Chosen> chosen = input.moderatorIds() == null
                ? Mono.just(new ModeratorChoice.Chosen(current.moderatorSubjects(), List.of()))
                : moderators.of(input.moderatorIds(), caller);
        return chosen.flatMap(moderatorsChosen -> {
            if (current.status() == LiveSessionStatus.ENDED) {
                return Mono.just(new UpdateLiveSessionPayload(null, List.of(UserError.onInput(
                        UserErrorCode.INVALID_STATE, "An ended session is read-only", "id"))));
            }
            InputChecks checks = new InputChecks(LiveSessionRules.LABELS);
            Update update = LiveSessionRules.changes(checks, current, input);
            if (input.moderatorIds() != null) {
                update.set("moderatorSubjects", moderatorsChosen.subjects());
            }
            List<UserError> errors = new ArrayList<>(checks.errors());
            errors.addAll(moderatorsChosen.errors());
            if (!errors.isEmpty()) {
                return Mono.just(new UpdateLiveSessionPayload(null, errors));
            }
            update.set("updatedAt", clock.instant());
            EventLog.outboxUpdate(update, log.session(LiveEvent.Type.SESSION_UPDATED, objectId),
                    sessionChanges.entry(SessionChanges.Kind.UPDATED, current.organizationId()));
            return mongo.updateVersioned(objectId, input.expectedVersion(),
                            Criteria.where("status").ne(LiveSessionStatus.ENDED), update, LiveSession.class)
                    .flatMap(this::logged)
                    .map(outcome -> UpdatePayloads.of(outcome, WHAT, UpdateLiveSessionPayload::new));
        });
    }

    /** Logs the session event written with a successful update, so subscribers hear of it. */
    private Mono<UpdateOutcome<LiveSession>> logged(UpdateOutcome<LiveSession> outcome) {
        if (outcome instanceof UpdateOutcome.Updated<LiveSession> updated) {
            LiveSession session = updated.document();
            if (session.status() == LiveSessionStatus.ENDED) {
                openSessions.ended(session);
            }
            return log.relay(LiveSession.class, session.id()).thenReturn(outcome);
        }
        return Mono.just(outcome);
    }

    @MutationMapping
    Mono<StartLiveSessionPayload> startLiveSession(@Argument LiveSessionInputs.StartLiveSessionInput input) {
        return transition(input.id(), input.expectedVersion(), LiveSessionStatus.LIVE, "startedAt",
                LiveEvent.Type.SESSION_STARTED, StartLiveSessionPayload::new);
    }

    @MutationMapping
    Mono<EndLiveSessionPayload> endLiveSession(@Argument LiveSessionInputs.EndLiveSessionInput input) {
        return transition(input.id(), input.expectedVersion(), LiveSessionStatus.ENDED, "endedAt",
                LiveEvent.Type.SESSION_ENDED, EndLiveSessionPayload::new);
    }

    private <P> Mono<P> transition(String id, int expectedVersion, LiveSessionStatus target, String timestamp,
            LiveEvent.Type event, BiFunction<LiveSession, List<UserError>, P> payload) {
        ObjectId objectId = GlobalId.objectId(id, LiveSession.TYPE);
        if (objectId == null) {
            return Mono.just(payload.apply(null, List.of(NOT_FOUND)));
        }
        return CurrentCaller.required().flatMap(caller -> mongo.findById(objectId, LiveSession.class)
                .flatMap(current -> SessionModerators.requireRunner(caller, current)))
                .flatMap(current -> Mono.deferContextual(context -> {
                    if (!current.status().canMoveTo(target)) {
                        return Mono.just(payload.apply(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                                (current.status() == LiveSessionStatus.ENDED ? "This session has ended"
                                        : "This session is already " + FieldLabels.words(current.status()))
                                        + ": it cannot become " + FieldLabels.words(target), "id"))));
                    }
                    PendingAudit.note(context, "status", current.status(), target);
                    Instant now = clock.instant();
                    Update update = EventLog.outboxUpdate(new Update().set("status", target).set(timestamp, now)
                            .set("updatedAt", now), log.session(event, objectId), sessionChanges.entry(
                                    target == LiveSessionStatus.ENDED ? SessionChanges.Kind.ENDED
                                            : SessionChanges.Kind.STARTED, current.organizationId()));
                    return mongo.updateVersioned(objectId, expectedVersion,
                                    Criteria.where("status").is(current.status()), update, LiveSession.class)
                            .flatMap(this::logged)
                            .map(outcome -> UpdatePayloads.of(outcome, WHAT, payload));
                }))
                .switchIfEmpty(Mono.fromSupplier(() -> payload.apply(null, List.of(NOT_FOUND))));
    }
}
