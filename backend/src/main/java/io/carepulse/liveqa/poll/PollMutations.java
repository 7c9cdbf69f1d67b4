package io.carepulse.liveqa.poll;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LivePoll;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.audience.AudienceViews.AudiencePoll;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.liveqa.session.SessionModerators;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.ParticipantGrant;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code launchLivePoll} and {@code closeLivePoll} for a session's moderators and ADMINs, and
 * {@code answerLivePoll} for its participants: one answer each, kept by a unique index.
 */
@Controller
class PollMutations {

    static final int QUESTION_MAX = 200;
    static final int OPTION_MAX = 80;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 6;
    private static final UserError POLL_NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No poll with this ID in this session", "pollId");

    record LaunchLivePollInput(String sessionId, String question, List<String> options) {
    }

    record CloseLivePollInput(String pollId) {
    }

    record AnswerLivePollInput(String pollId, String optionId) {
    }

    record LaunchLivePollPayload(LivePoll poll, List<UserError> userErrors) implements PollPayload {
    }

    record CloseLivePollPayload(LivePoll poll, List<UserError> userErrors) implements PollPayload {
    }

    record AnswerLivePollPayload(AudiencePoll poll, List<UserError> userErrors) implements MutationPayload {
        @Override
        public String auditTargetId() {
            return poll == null ? null : poll.id();
        }

        @Override
        public String auditTargetType() {
            return LivePoll.TYPE;
        }
    }

    interface PollPayload extends MutationPayload {
        LivePoll poll();

        @Override
        default String auditTargetId() {
            return poll() == null ? null : GlobalId.encode(LivePoll.TYPE, poll().id());
        }

        @Override
        default String auditTargetType() {
            return LivePoll.TYPE;
        }
    }

    private final TenantMongo mongo;
    private final LiveEventLog log;
    private final PollTally tally;
    private final Clock clock;

    PollMutations(TenantMongo mongo, LiveEventLog log, PollTally tally, Clock clock) {
        this.mongo = mongo;
        this.log = log;
        this.tally = tally;
        this.clock = clock;
    }

    @MutationMapping
    Mono<LaunchLivePollPayload> launchLivePoll(@Argument LaunchLivePollInput input) {
        InputChecks checks = new InputChecks();
        String question = checks.text("question", input.question(), QUESTION_MAX, true);
        List<LivePoll.Option> options = options(input.options(), checks);
        ObjectId sessionId = GlobalId.objectId(input.sessionId(), LiveSession.TYPE);
        if (sessionId == null) {
            checks.fail(UserErrorCode.NOT_FOUND, "No live session with this ID", "sessionId");
        }
        if (!checks.ok()) {
            return Mono.just(new LaunchLivePollPayload(null, checks.errors()));
        }
        return CurrentCaller.required().flatMap(caller -> mongo.findById(sessionId, LiveSession.class)
                        .flatMap(session -> SessionModerators.requireRunner(caller, session))
                        .flatMap(session -> {
                            if (session.status() != LiveSessionStatus.LIVE) {
                                return Mono.just(new LaunchLivePollPayload(null, List.of(UserError.onInput(
                                        UserErrorCode.INVALID_STATE, "Polls run while the session is live: start it "
                                                + "first", "sessionId"))));
                            }
                            Instant now = clock.instant();
                            return log.insert(org -> new LivePoll(new ObjectId(), org, session.id(), question,
                                                    options, Map.of(), 0, LivePoll.Status.OPEN,
                                                    session.id().toHexString(), 0, caller.subject(), now, null),
                                            log.poll(LiveEvent.Type.POLL_LAUNCHED, session.id(), session.status()))
                                    .map(poll -> new LaunchLivePollPayload(poll, List.of()))
                                    .onErrorResume(DuplicateKeyException.class, e -> Mono.just(
                                            new LaunchLivePollPayload(null, List.of(UserError.onInput(
                                                    UserErrorCode.INVALID_STATE, "A poll is open in this session: "
                                                            + "close it before launching another", "sessionId")))));
                        }))
                .switchIfEmpty(Mono.fromSupplier(() -> new LaunchLivePollPayload(null, List.of(UserError.onInput(
                        UserErrorCode.NOT_FOUND, "No live session with this ID", "sessionId")))));
    }

    /** The options as typed: 2 to 6, each 1 to 80 characters, all different (case aside). */
    private static List<LivePoll.Option> options(List<String> labels, InputChecks checks) {
        List<LivePoll.Option> options = new ArrayList<>();
        if (labels == null || labels.size() < OPTIONS_MIN || labels.size() > OPTIONS_MAX) {
            checks.fail(UserErrorCode.INVALID, "Give " + OPTIONS_MIN + " to " + OPTIONS_MAX + " choices", "options");
            return options;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = checks.textAt(labels.get(i), OPTION_MAX, true, "options", String.valueOf(i));
            if (label != null && !seen.add(label.toLowerCase(Locale.ROOT))) {
                checks.fail(UserErrorCode.DUPLICATE, "Each choice must be different", "options", String.valueOf(i));
            }
            options.add(new LivePoll.Option("o" + (i + 1), label));
        }
        return options;
    }

    @MutationMapping
    Mono<CloseLivePollPayload> closeLivePoll(@Argument CloseLivePollInput input) {
        ObjectId pollId = GlobalId.objectId(input.pollId(), LivePoll.TYPE);
        if (pollId == null) {
            return Mono.just(new CloseLivePollPayload(null, List.of(POLL_NOT_FOUND)));
        }
        return CurrentCaller.required().flatMap(caller -> mongo.findById(pollId, LivePoll.class)
                        .flatMap(poll -> mongo.findById(poll.sessionId(), LiveSession.class)
                                .flatMap(session -> SessionModerators.requireRunner(caller, session))
                                .flatMap(session -> close(poll, session))))
                .switchIfEmpty(Mono.fromSupplier(() -> new CloseLivePollPayload(null, List.of(POLL_NOT_FOUND))));
    }

    private Mono<CloseLivePollPayload> close(LivePoll poll, LiveSession session) {
        if (poll.status() == LivePoll.Status.CLOSED) {
            return Mono.just(new CloseLivePollPayload(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                    "This poll is already closed", "pollId"))));
        }
        return closing(poll.id(), session).map(closed -> new CloseLivePollPayload(closed, List.of()))
                .switchIfEmpty(Mono.fromSupplier(() -> new CloseLivePollPayload(null, List.of(UserError.onInput(
                        UserErrorCode.INVALID_STATE, "This poll is already closed", "pollId")))));
    }

    /** Closes an open poll with its event; empty when it is not open any more. */
    Mono<LivePoll> closing(ObjectId pollId, LiveSession session) {
        Update update = EventLog.outboxUpdate(new Update().set("status", LivePoll.Status.CLOSED)
                .set("closedAt", clock.instant()).unset("openKey"),
                log.poll(LiveEvent.Type.POLL_CLOSED, session.id(), session.status()));
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(pollId).and("status").is(LivePoll.Status.OPEN)),
                update, LivePoll.class).flatMap(closed -> log.relay(LivePoll.class, closed.id()).thenReturn(closed));
    }

    @MutationMapping
    Mono<AnswerLivePollPayload> answerLivePoll(@Argument AnswerLivePollInput input) {
        ObjectId pollId = GlobalId.objectId(input.pollId(), LivePoll.TYPE);
        if (pollId == null) {
            return Mono.just(new AnswerLivePollPayload(null, List.of(POLL_NOT_FOUND)));
        }
        return CurrentCaller.required().flatMap(caller -> {
            ParticipantGrant grant = caller.participant();
            ObjectId sessionId = new ObjectId(grant.sessionId());
            return mongo.findOne(Query.query(Criteria.where("_id").is(pollId).and("sessionId").is(sessionId)),
                            LivePoll.class)
                    .flatMap(poll -> answer(poll, new ObjectId(grant.participantId()), input.optionId()))
                    .switchIfEmpty(Mono.fromSupplier(() -> new AnswerLivePollPayload(null, List.of(POLL_NOT_FOUND))));
        });
    }

    private Mono<AnswerLivePollPayload> answer(LivePoll poll, ObjectId participantId, String optionId) {
        if (poll.status() != LivePoll.Status.OPEN) {
            return Mono.just(new AnswerLivePollPayload(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                    "This poll has closed", "pollId"))));
        }
        if (optionId == null || !poll.hasOption(optionId)) {
            return Mono.just(new AnswerLivePollPayload(null, List.of(UserError.onInput(UserErrorCode.INVALID,
                    "Choose one of the poll's options", "optionId"))));
        }
        // The participant's token is refused once the session has ended, so the session is open here.
        return tally.record(poll.id(), org -> new LivePollAnswer(new ObjectId(), org, poll.sessionId(), poll.id(), participantId,
                        optionId, clock.instant()))
                .map(answer -> new AnswerLivePollPayload(AudiencePoll.of(poll, optionId), List.of()))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(new AnswerLivePollPayload(null,
                        List.of(UserError.onInput(UserErrorCode.DUPLICATE, "You have already answered this poll",
                                "pollId")))));
    }

    @Bean
    static IndexDeclaration livePollIndexes() {
        return IndexDeclaration.of(LivePoll.COLLECTION,
                new Index().on("sessionId", Sort.Direction.ASC).on("launchedAt", Sort.Direction.DESC),
                // At most one open poll per session, kept by the database itself.
                new Index().on("openKey", Sort.Direction.ASC).unique().sparse().named("one_open_poll_per_session"));
    }

    @Bean
    static IndexDeclaration livePollAnswerIndexes() {
        return IndexDeclaration.of(LivePollAnswer.COLLECTION,
                new Index().on("pollId", Sort.Direction.ASC).on("participantId", Sort.Direction.ASC).unique()
                        .named("one_answer_per_participant"),
                new Index().on("sessionId", Sort.Direction.ASC).on("participantId", Sort.Direction.ASC));
    }
}
