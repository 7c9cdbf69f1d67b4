package io.carepulse.liveqa;

import io.carepulse.liveqa.LiveSessionInputs.CreateLiveSessionInput;
import io.carepulse.liveqa.LiveSessionInputs.LiveSessionSettingsInput;
import io.carepulse.liveqa.LiveSessionInputs.UpdateLiveSessionInput;
import io.carepulse.liveqa.LiveSessionPayloads.CreateLiveSessionPayload;
import io.carepulse.liveqa.LiveSessionPayloads.EndLiveSessionPayload;
import io.carepulse.liveqa.LiveSessionPayloads.StartLiveSessionPayload;
import io.carepulse.liveqa.LiveSessionPayloads.UpdateLiveSessionPayload;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdateOutcome;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.time.Duration;
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
class LiveSessionMutations {

    static final int QUESTION_LENGTH_MAX = 2000;
    static final int QUESTIONS_PER_MINUTE_MAX = 60;
    private static final String WHAT = "live session";
    private static final UserError NOT_FOUND = UpdatePayloads.notFound(WHAT);

    private final TenantMongo mongo;
    private final LiveEventLog log;
    private final OpenSessions openSessions;
    private final ModeratorChoice moderators;
    private final Clock clock;

    LiveSessionMutations(TenantMongo mongo, LiveEventLog log, OpenSessions openSessions, ModeratorChoice moderators,
            Clock clock) {
        this.mongo = mongo;
        this.log = log;
        this.openSessions = openSessions;
        this.moderators = moderators;
        this.clock = clock;
        JoinCodes.next(); // load and seed the generator at startup
    }

    @MutationMapping
    Mono<CreateLiveSessionPayload> createLiveSession(@Argument CreateLiveSessionInput input) {
        InputChecks checks = new InputChecks();
        String title = checks.text("title", input.title(), 200, true);
        String description = checks.text("description", input.description(), 5000, false);
        String hostName = checks.textAt(input.host() == null ? null : input.host().name(), 120, true, "host", "name");
        String credentials = checks.textAt(input.host() == null ? null : input.host().credentials(), 120, false,
                "host", "credentials");
        Instant now = clock.instant();
        checks.check(input.scheduledStart() != null && !input.scheduledStart().isBefore(now.minus(Duration.ofDays(1))),
                UserErrorCode.INVALID, "scheduledStart must not lie in the past", "scheduledStart");
        LiveSession.Settings settings = settings(checks, input.settings());
        LiveSession.Host host = new LiveSession.Host(hostName, credentials);
        String streamUrl = input.streamUrl() == null ? null : input.streamUrl().toString();
        return CurrentCaller.required().flatMap(caller -> moderators.of(input.moderatorIds(), caller)
                .flatMap(chosen -> {
                    List<UserError> errors = new ArrayList<>(checks.errors());
                    errors.addAll(chosen.errors());
                    if (!errors.isEmpty()) {
                        return Mono.just(new CreateLiveSessionPayload(null, errors));
                    }
                    return Mono.defer(() -> mongo.insert(org -> new LiveSession(new ObjectId(), org, title,
                                    description, host, chosen.subjects(), input.scheduledStart(), streamUrl,
                                    LiveSessionStatus.SCHEDULED, JoinCodes.next(), settings, null, null, now, now, 1)))
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
            InputChecks checks = new InputChecks();
            Update update = new Update();
            if (input.title() != null) {
                update.set("title", checks.text("title", input.title(), 200, true));
            }
            if (input.description() != null) {
                update.set("description", checks.text("description", input.description(), 5000, false));
            }
            if (input.host() != null) {
                update.set("host", new LiveSession.Host(
                        checks.textAt(input.host().name(), 120, true, "host", "name"),
                        checks.textAt(input.host().credentials(), 120, false, "host", "credentials")));
            }
            if (input.scheduledStart() != null) {
                checks.check(current.status() == LiveSessionStatus.SCHEDULED, UserErrorCode.INVALID_STATE,
                        "scheduledStart can change only before the session starts", "scheduledStart");
                update.set("scheduledStart", input.scheduledStart());
            }
            if (input.streamUrl() != null) {
                update.set("streamUrl", input.streamUrl().toString());
            }
            if (input.settings() != null) {
                update.set("settings", settings(checks, merged(current.settings(), input.settings())));
            }
            if (input.moderatorIds() != null) {
                update.set("moderatorSubjects", moderatorsChosen.subjects());
            }
            List<UserError> errors = new ArrayList<>(checks.errors());
            errors.addAll(moderatorsChosen.errors());
            if (!errors.isEmpty()) {
                return Mono.just(new UpdateLiveSessionPayload(null, errors));
            }
            update.set("updatedAt", clock.instant());
            EventLog.outboxUpdate(update, log.session(LiveEvent.Type.SESSION_UPDATED, objectId));
            return mongo.updateVersioned(objectId, input.expectedVersion(),
                            Criteria.where("status").ne(LiveSessionStatus.ENDED), update, LiveSession.class)
                    .flatMap(this::logged)
                    .map(outcome -> UpdatePayloads.of(outcome, WHAT, UpdateLiveSessionPayload::new));
        });
    }

    /** Settings left out of an update keep their current values. */
    private static LiveSessionSettingsInput merged(LiveSession.Settings current, LiveSessionSettingsInput in) {
        return new LiveSessionSettingsInput(
                in.anonymousQuestionsAllowed() != null ? in.anonymousQuestionsAllowed()
                        : current.anonymousQuestionsAllowed(),
                in.moderationMode() != null ? in.moderationMode() : current.moderationMode(),
                in.questionLengthLimit() != null ? in.questionLengthLimit() : current.questionLengthLimit(),
                in.questionsPerMinute() != null ? in.questionsPerMinute() : current.questionsPerMinute(),
                in.profanityFilter() != null ? in.profanityFilter() : current.profanityFilter(),
                in.earlyQuestionsAllowed() != null ? in.earlyQuestionsAllowed() : current.earlyQuestionsAllowed());
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
                .flatMap(current -> {
                    if (!current.status().canMoveTo(target)) {
                        return Mono.just(payload.apply(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                                "A " + current.status() + " session cannot become " + target, "id"))));
                    }
                    Instant now = clock.instant();
                    Update update = EventLog.outboxUpdate(new Update().set("status", target).set(timestamp, now)
                            .set("updatedAt", now), log.session(event, objectId));
                    return mongo.updateVersioned(objectId, expectedVersion,
                                    Criteria.where("status").is(current.status()), update, LiveSession.class)
                            .flatMap(this::logged)
                            .map(outcome -> UpdatePayloads.of(outcome, WHAT, payload));
                })
                .switchIfEmpty(Mono.fromSupplier(() -> payload.apply(null, List.of(NOT_FOUND))));
    }

    private static LiveSession.Settings settings(InputChecks checks, LiveSessionSettingsInput in) {
        boolean anonymous = in == null || in.anonymousQuestionsAllowed() == null || in.anonymousQuestionsAllowed();
        LiveSession.ModerationMode mode = in == null || in.moderationMode() == null
                ? LiveSession.ModerationMode.PRE_MODERATION : in.moderationMode();
        int length = in == null || in.questionLengthLimit() == null ? 500 : in.questionLengthLimit();
        int perMinute = in == null || in.questionsPerMinute() == null ? 3 : in.questionsPerMinute();
        boolean profanity = in == null || in.profanityFilter() == null || in.profanityFilter();
        boolean early = in != null && Boolean.TRUE.equals(in.earlyQuestionsAllowed());
        checks.check(length <= QUESTION_LENGTH_MAX, UserErrorCode.INVALID,
                "questionLengthLimit must be at most " + QUESTION_LENGTH_MAX, "settings", "questionLengthLimit");
        checks.check(perMinute <= QUESTIONS_PER_MINUTE_MAX, UserErrorCode.INVALID,
                "questionsPerMinute must be at most " + QUESTIONS_PER_MINUTE_MAX, "settings", "questionsPerMinute");
        return new LiveSession.Settings(anonymous, mode, length, perMinute, profanity, early);
    }
}
