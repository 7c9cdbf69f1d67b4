package io.carepulse.liveqa;

import io.carepulse.liveqa.LiveSessionInputs.CreateLiveSessionInput;
import io.carepulse.liveqa.LiveSessionInputs.LiveSessionSettingsInput;
import io.carepulse.liveqa.LiveSessionPayloads.CreateLiveSessionPayload;
import io.carepulse.liveqa.LiveSessionPayloads.EndLiveSessionPayload;
import io.carepulse.liveqa.LiveSessionPayloads.StartLiveSessionPayload;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UpdatePayloads;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/** Mutations of {@code LiveSession}: schedule, start and end. */
@Controller
class LiveSessionMutations {

    static final int QUESTION_LENGTH_MAX = 2000;
    static final int QUESTIONS_PER_MINUTE_MAX = 60;
    private static final String WHAT = "live session";
    private static final UserError NOT_FOUND = UpdatePayloads.notFound(WHAT);

    private final TenantMongo mongo;
    private final Clock clock;

    LiveSessionMutations(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
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
        if (!checks.ok()) {
            return Mono.just(new CreateLiveSessionPayload(null, checks.errors()));
        }
        LiveSession.Host host = new LiveSession.Host(hostName, credentials);
        String streamUrl = input.streamUrl() == null ? null : input.streamUrl().toString();
        return CurrentCaller.required().flatMap(caller -> Mono.defer(() -> mongo.insert(org -> new LiveSession(
                        new ObjectId(), org, title, description, host, List.of(caller.subject()), input.scheduledStart(),
                        streamUrl, LiveSessionStatus.SCHEDULED, JoinCodes.next(), settings, null, null, now, now, 1)))
                        // A join-code collision is astronomically rare; a fresh code fixes it.
                        .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance)))
                .map(session -> new CreateLiveSessionPayload(session, List.of()));
    }

    @MutationMapping
    Mono<StartLiveSessionPayload> startLiveSession(@Argument LiveSessionInputs.StartLiveSessionInput input) {
        return transition(input.id(), input.expectedVersion(), LiveSessionStatus.LIVE, "startedAt",
                StartLiveSessionPayload::new);
    }

    @MutationMapping
    Mono<EndLiveSessionPayload> endLiveSession(@Argument LiveSessionInputs.EndLiveSessionInput input) {
        return transition(input.id(), input.expectedVersion(), LiveSessionStatus.ENDED, "endedAt",
                EndLiveSessionPayload::new);
    }

    private <P> Mono<P> transition(String id, int expectedVersion, LiveSessionStatus target, String timestamp,
            BiFunction<LiveSession, List<UserError>, P> payload) {
        ObjectId objectId = GlobalId.objectId(id, LiveSession.TYPE);
        if (objectId == null) {
            return Mono.just(payload.apply(null, List.of(NOT_FOUND)));
        }
        return mongo.findById(objectId, LiveSession.class)
                .flatMap(current -> {
                    if (!current.status().canMoveTo(target)) {
                        return Mono.just(payload.apply(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                                "A " + current.status() + " session cannot become " + target, "id"))));
                    }
                    Instant now = clock.instant();
                    Update update = new Update().set("status", target).set(timestamp, now).set("updatedAt", now);
                    return mongo.updateVersioned(objectId, expectedVersion,
                                    Criteria.where("status").is(current.status()), update, LiveSession.class)
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
        checks.check(length <= QUESTION_LENGTH_MAX, UserErrorCode.INVALID,
                "questionLengthLimit must be at most " + QUESTION_LENGTH_MAX, "settings", "questionLengthLimit");
        checks.check(perMinute <= QUESTIONS_PER_MINUTE_MAX, UserErrorCode.INVALID,
                "questionsPerMinute must be at most " + QUESTIONS_PER_MINUTE_MAX, "settings", "questionsPerMinute");
        return new LiveSession.Settings(anonymous, mode, length, perMinute, profanity);
    }
}
