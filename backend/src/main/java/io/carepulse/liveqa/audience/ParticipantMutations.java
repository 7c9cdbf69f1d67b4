package io.carepulse.liveqa.audience;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.audience.AudienceViews.AudienceQuestion;
import io.carepulse.liveqa.audience.AudienceViews.AudienceSession;
import io.carepulse.liveqa.audience.AudienceViews.MyQuestion;
import io.carepulse.liveqa.audience.AudienceViews.Participant;
import io.carepulse.liveqa.audience.LiveQaInputs.AskQuestionInput;
import io.carepulse.liveqa.audience.LiveQaInputs.JoinLiveSessionInput;
import io.carepulse.liveqa.audience.LiveQaInputs.UpvoteQuestionInput;
import io.carepulse.liveqa.audience.LiveQaInputs.WithdrawUpvoteInput;
import io.carepulse.liveqa.audience.LiveQaPayloads.AskQuestionPayload;
import io.carepulse.liveqa.audience.LiveQaPayloads.JoinLiveSessionPayload;
import io.carepulse.liveqa.audience.LiveQaPayloads.UpvoteQuestionPayload;
import io.carepulse.liveqa.audience.LiveQaPayloads.WithdrawUpvotePayload;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.liveqa.question.QuestionScreening;
import io.carepulse.liveqa.session.JoinCodes;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.limits.CapabilityGuesses;
import io.carepulse.platform.limits.OperationLimitsInterceptor;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.security.ParticipantGrant;
import io.carepulse.platform.security.ParticipantTokens;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * What members of the public do in a live session: join with its code, ask, upvote and
 * withdraw an upvote. Everything after joining runs as the participant, whose token names the
 * session's organisation, so {@link TenantMongo} scopes it like any staff request.
 */
@Controller
public class ParticipantMutations {

    static final int DISPLAY_NAME_MAX = 60;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final UserError QUESTION_NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No question with this ID is open for upvotes in your session", "questionId");

    private final CrossTenantAccess access;
    private final TenantMongo mongo;
    private final ParticipantTokens tokens;
    private final LiveEventLog log;
    private final PhiScanner scanner;
    private final CapabilityGuesses guesses;
    private final OrganizationSettingsStore settings;
    private final Clock clock;
    private final EventLog events;

    ParticipantMutations(CrossTenantAccess access, TenantMongo mongo, ParticipantTokens tokens, LiveEventLog log,
            PhiScanner scanner, CapabilityGuesses guesses, OrganizationSettingsStore settings, Clock clock,
            EventLog events) {
        this.events = events;
        this.access = access;
        this.settings = settings;
        this.guesses = guesses;
        this.mongo = mongo;
        this.tokens = tokens;
        this.log = log;
        this.scanner = scanner;
        this.clock = clock;
    }

    /**
     * Joins with a join code. A code that names no session and one whose session has ended get
     * the same answer, and each counts as a wrong guess of the client's address; an address that
     * guessed wrong too often waits before it may try again ({@link CapabilityGuesses}).
     */
    @MutationMapping
    Mono<JoinLiveSessionPayload> joinLiveSession(@Argument JoinLiveSessionInput input,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        InputChecks checks = new InputChecks();
        String code = JoinCodes.normalise(checks.text("joinCode", input.joinCode(), 32, true));
        String displayName = checks.text("displayName", input.displayName(), DISPLAY_NAME_MAX, false);
        if (!checks.ok()) {
            return Mono.just(JoinLiveSessionPayload.failed(checks.errors()));
        }
        String client = address == null ? "unknown" : address;
        OptionalLong wait = guesses.blocked(client);
        if (wait.isPresent()) {
            return Mono.just(JoinLiveSessionPayload.rateLimited((int) wait.getAsLong(), UserError.onInput(
                    UserErrorCode.RATE_LIMITED, "Too many wrong join codes from your network: try again in "
                            + wait.getAsLong() + " s", "joinCode")));
        }
        return access.byCapability("joinCode", code, LiveSession.class)
                .filter(session -> session.status() != LiveSessionStatus.ENDED)
                .flatMap(session -> session.openToAudience() ? join(session, displayName)
                        : settings.of(session.organizationId()).map(org -> JoinLiveSessionPayload.failed(
                                List.of(notOpenYet(session, org.zone(), "joinCode")))))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    guesses.failed(client);
                    return JoinLiveSessionPayload.failed(List.of(UserError.onInput(UserErrorCode.NOT_FOUND,
                            "No open live session has this join code: check it with the host", "joinCode")));
                }));
    }

    /** The session is scheduled and takes no questions before it starts: say when it does, in the organisation's time zone. */
    static UserError notOpenYet(LiveSession session, java.time.ZoneId zone, String field) {
        String opens = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm zzz", Locale.ENGLISH)
                .format(session.scheduledStart().atZone(zone));
        return UserError.onInput(UserErrorCode.INVALID_STATE,
                "This session opens on " + opens + ": join and ask your questions then", field);
    }

    private Mono<JoinLiveSessionPayload> join(LiveSession session, String displayName) {
        ObjectId participantId = new ObjectId();
        String token = tokens.issue(session.organizationId(), session.id().toHexString(),
                participantId.toHexString(), displayName);
        // From here on the request acts as the participant it creates, in the session's organisation.
        Instant now = clock.instant();
        // Inserted with its JOINED event in one write: the session's joins are counted from the log.
        return tokens.authenticate(token).flatMap(auth -> log.insert(org -> new LiveParticipant(participantId,
                        org, session.id(), displayName, now, List.of()), events.entry(ParticipantJoins.STREAM,
                        session.id().toHexString(), ParticipantJoins.JOINED, new ParticipantJoins.Joined(now)))
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(auth))
                .map(participant -> new JoinLiveSessionPayload(token, Participant.of(participant),
                        AudienceSession.of(session), null, List.of(), auth)));
    }

    @MutationMapping
    Mono<AskQuestionPayload> askQuestion(@Argument AskQuestionInput input) {
        return CurrentCaller.required().flatMap(caller -> sessionOf(caller.participant())
                .flatMap(session -> ask(session, caller.participant(), caller.name(), input)));
    }

    private Mono<AskQuestionPayload> ask(LiveSession session, ParticipantGrant grant, String displayName,
            AskQuestionInput input) {
        InputChecks checks = new InputChecks();
        int limit = session.settings().questionLengthLimit();
        String text = input.text() == null ? null : input.text().strip();
        if (text == null || text.isEmpty()) {
            checks.fail(UserErrorCode.REQUIRED, "Write your question first", "text");
        } else if (text.codePointCount(0, text.length()) > limit) {
            checks.fail(UserErrorCode.TOO_LONG, "Your question must be at most " + limit + " characters", "text");
        }
        boolean anonymous = Boolean.TRUE.equals(input.anonymous()) || displayName == null;
        checks.check(!Boolean.TRUE.equals(input.anonymous()) || session.settings().anonymousQuestionsAllowed(),
                UserErrorCode.INVALID, "This session does not take anonymous questions", "anonymous");
        if (session.status() == LiveSessionStatus.ENDED) {
            checks.fail(UserErrorCode.INVALID_STATE, "This live session has ended", "text");
        } else if (!session.openToAudience()) {
            return settings.current().map(org -> AskQuestionPayload.failed(List.of(notOpenYet(session, org.zone(),
                    "text"))));
        }
        if (!checks.ok()) {
            return Mono.just(AskQuestionPayload.failed(checks.errors()));
        }
        if (anonymous && !session.settings().anonymousQuestionsAllowed()) {
            return Mono.just(AskQuestionPayload.failed(List.of(UserError.onInput(UserErrorCode.INVALID,
                    "This session takes questions with a display name only: join again with one", "anonymous"))));
        }
        ObjectId participantId = new ObjectId(grant.participantId());
        Instant now = clock.instant();
        return recordQuestionTime(participantId, session.settings().questionsPerMinute(), now).flatMap(retryAfter -> {
            if (!retryAfter.isZero()) {
                long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
                return Mono.just(new AskQuestionPayload(null, (int) seconds, List.of(UserError.onInput(
                        UserErrorCode.RATE_LIMITED, "At most " + session.settings().questionsPerMinute()
                                + " questions a minute: try again in " + seconds + " s", "text"))));
            }
            QuestionScreening screening = QuestionScreening.of(scanner, text, session.settings().profanityFilter());
            boolean heldBack = !screening.flags().isEmpty()
                    || session.settings().moderationMode() == LiveSession.ModerationMode.PRE_MODERATION;
            return log.insert(org -> new LiveQuestion(new ObjectId(), org, session.id(), participantId,
                                    anonymous ? null : displayName, anonymous, text, null,
                                    heldBack ? QuestionStatus.PENDING : QuestionStatus.APPROVED, 0, List.of(), null,
                                    screening.flags(), screening.phiFindings(), null, 1, now, now),
                            log.question(LiveEvent.Type.QUESTION_ASKED, session, false))
                    .map(question -> new AskQuestionPayload(MyQuestion.of(question), null, List.of()));
        });
    }

    /**
     * Records one more question by the participant if the per-minute limit allows it, in one
     * atomic update: the participant keeps the times of its last {@code perMinute} questions,
     * and the update matches only while fewer are kept or the oldest of them is a minute old.
     * Returns zero when recorded, else how long until the next question would be accepted.
     */
    private Mono<Duration> recordQuestionTime(ObjectId participantId, int perMinute, Instant now) {
        Instant windowStart = now.minus(RATE_WINDOW);
        Query allowed = Query.query(Criteria.where("_id").is(participantId).orOperator(
                Criteria.where("askedAt." + (perMinute - 1)).exists(false),
                Criteria.where("askedAt.0").lte(windowStart)));
        Update record = new Update().push("askedAt").slice(-perMinute).each(now);
        return mongo.findAndModify(allowed, record, LiveParticipant.class)
                .map(p -> Duration.ZERO)
                .switchIfEmpty(Mono.defer(() -> mongo.findById(participantId, LiveParticipant.class)
                        .map(p -> {
                            List<Instant> times = p.askedAt();
                            Instant oldest = times.get(Math.max(0, times.size() - perMinute));
                            Duration wait = Duration.between(now, oldest.plus(RATE_WINDOW));
                            return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
                        })));
    }

    @MutationMapping
    Mono<UpvoteQuestionPayload> upvoteQuestion(@Argument UpvoteQuestionInput input) {
        return vote(input.questionId(), true, UpvoteQuestionPayload::new);
    }

    @MutationMapping
    Mono<WithdrawUpvotePayload> withdrawUpvote(@Argument WithdrawUpvoteInput input) {
        return vote(input.questionId(), false, WithdrawUpvotePayload::new);
    }

    /**
     * Adds or removes the caller's upvote in one atomic update that also matches only when it
     * changes something, so concurrent repeats by one participant count once; a repeat returns
     * the question unchanged.
     */
    private <P> Mono<P> vote(String questionId, boolean up,
            BiFunction<AudienceQuestion, List<UserError>, P> payload) {
        ObjectId id = GlobalId.objectId(questionId, LiveQuestion.TYPE);
        if (id == null) {
            return Mono.just(payload.apply(null, List.of(QUESTION_NOT_FOUND)));
        }
        return CurrentCaller.required().flatMap(caller -> {
            ParticipantGrant grant = caller.participant();
            ObjectId participantId = new ObjectId(grant.participantId());
            ObjectId sessionId = new ObjectId(grant.sessionId());
            Criteria visible = Criteria.where("_id").is(id).and("sessionId").is(sessionId)
                    .and("status").in(QuestionStatus.APPROVED, QuestionStatus.ANSWERED);
            // Matches only when the vote changes something: not yet upvoted (up) or upvoted (withdraw).
            Criteria voter = up ? Criteria.where("upvoters").ne(participantId)
                    : Criteria.where("upvoters").is(participantId);
            Query change = Query.query(visible).addCriteria(voter);
            Update update = up
                    ? new Update().addToSet("upvoters", participantId).inc("upvoteCount", 1)
                    : new Update().pull("upvoters", participantId).inc("upvoteCount", -1);
            update.inc("revision", 1).set("updatedAt", clock.instant());
            return sessionOf(grant)
                    .flatMap(session -> mongo.findAndModify(change, EventLog.outboxUpdate(update,
                            log.question(LiveEvent.Type.UPVOTES_CHANGED, session, true)), LiveQuestion.class))
                    .flatMap(after -> log.relay(LiveQuestion.class, after.id())
                            .thenReturn(payload.apply(AudienceQuestion.of(after), List.of())))
                    .switchIfEmpty(Mono.defer(() -> mongo.findOne(Query.query(visible), LiveQuestion.class)
                            .filter(LiveQuestion::visibleToAudience)
                            .map(unchanged -> payload.apply(AudienceQuestion.of(unchanged), List.of()))
                            .defaultIfEmpty(payload.apply(null, List.of(QUESTION_NOT_FOUND)))));
        });
    }

    /** The session a participant token was issued for (in the token's organisation). */
    private Mono<LiveSession> sessionOf(ParticipantGrant grant) {
        return mongo.findById(new ObjectId(grant.sessionId()), LiveSession.class);
    }

    @Bean
    static IndexDeclaration liveQuestionIndexes() {
        return IndexDeclaration.of(LiveQuestion.COLLECTION,
                new Index().on("sessionId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC),
                // At most one pinned question per session, kept by the database itself.
                new Index().on("pinKey", Sort.Direction.ASC).unique().sparse().named("one_pinned_per_session"));
    }
}
