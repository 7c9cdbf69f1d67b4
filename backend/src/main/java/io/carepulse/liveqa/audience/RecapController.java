package io.carepulse.liveqa.audience;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.audience.AudienceViews.AudienceQuestion;
import io.carepulse.liveqa.audience.AudienceViews.AudienceSession;
import io.carepulse.liveqa.question.LiveQuestionController;
import io.carepulse.liveqa.session.JoinCodes;
import io.carepulse.platform.graphql.RateLimitedException;
import io.carepulse.platform.limits.CapabilityGuesses;
import io.carepulse.platform.limits.OperationLimitsInterceptor;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code liveSessionRecap}: an ended session's answered questions, for anyone with its join code
 * when the session publishes its recap. A code that opens no recap counts as a wrong guess of
 * the client's address, as joining does, so codes cannot be found by asking for recaps.
 */
@Controller
class RecapController {

    /** The answered questions of one session, which is what a recap shows: not who asked, not flags. */
    record LiveSessionRecap(AudienceSession session, List<AudienceQuestion> questions) {
    }

    private final CrossTenantAccess access;
    private final CapabilityGuesses guesses;

    RecapController(CrossTenantAccess access, CapabilityGuesses guesses) {
        this.access = access;
        this.guesses = guesses;
    }

    @QueryMapping
    Mono<LiveSessionRecap> liveSessionRecap(@Argument String joinCode,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        String client = address == null ? "unknown" : address;
        OptionalLong wait = guesses.blocked(client);
        if (wait.isPresent()) {
            return Mono.error(new RateLimitedException("Too many wrong join codes from your network: try again in "
                    + wait.getAsLong() + " s", wait.getAsLong()));
        }
        String code = joinCode == null ? "" : JoinCodes.normalise(joinCode.strip());
        return access.byCapability("joinCode", code, LiveSession.class)
                .filter(session -> session.status() == LiveSessionStatus.ENDED && session.settings().publishRecap())
                .flatMap(session -> answered(session).map(questions -> new LiveSessionRecap(
                        AudienceSession.of(session), questions)))
                .switchIfEmpty(Mono.fromRunnable(() -> guesses.failed(client)));
    }

    private Mono<List<AudienceQuestion>> answered(LiveSession session) {
        Query query = Query.query(Criteria.where("sessionId").is(session.id()).and("status").is(QuestionStatus.ANSWERED))
                .with(Sort.by(Sort.Direction.DESC, "upvoteCount").and(Sort.by(Sort.Direction.DESC, "createdAt")))
                .limit(LiveQuestionController.QUESTIONS_MAX);
        LiveQuestion.excludingUpvoters(query);
        return access.findInOrganization(session.organizationId(), query, LiveQuestion.class)
                .filter(LiveQuestion::visibleToAudience)
                .map(AudienceQuestion::of)
                .collectList();
    }
}
