package io.carepulse.survey;

import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.crypto.RandomTokens;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.limits.AddressQuota;
import io.carepulse.platform.limits.CapabilityGuesses;
import io.carepulse.platform.limits.OperationLimitsInterceptor;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.survey.SurveyInputs.RespondToSurveyInput;
import io.carepulse.survey.SurveyInputs.StartSurveyResponseInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * What the public does with a survey's link: read it ({@code publicSurvey}), begin a response
 * ({@code startSurveyResponse}: a respondent token) and send it once ({@code respondToSurvey}).
 * No sign-in: the code is a capability like a live session's join code (wrong guesses are limited
 * per network), and each step is limited per client address, sized for a waiting room whose
 * patients share one Wi-Fi address. Writes run as the survey's organisation.
 */
@Controller
class PublicSurveys {

    static final String RESPONDENT_JOB = "survey-respondent";
    static final int DISPLAY_NAME_MAX = 60;
    private static final UserError UNKNOWN_CODE = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No survey has this code: check the link you were given", "code");

    record PublicSurvey(String code, Survey.Kind kind, String title, String description, Survey.Status status,
            boolean asksDisplayName, List<PublicQuestion> questions) {

        static PublicSurvey of(Survey survey) {
            return new PublicSurvey(survey.code(), survey.kind(), survey.title(), survey.description(),
                    survey.status(), survey.asksDisplayName(), survey.questions().stream()
                            .map(q -> new PublicQuestion(q.id(), q.type(), q.prompt(), q.required(), q.options()))
                            .toList());
        }
    }

    record PublicQuestion(String id, Survey.QuestionType type, String prompt, boolean required,
            List<Survey.Option> options) {
    }

    /** Not audited: it changes nothing anyone acts on (the response that follows is). */
    record StartSurveyResponsePayload(String respondentToken, PublicSurvey survey, Integer retryAfterSeconds,
            List<UserError> userErrors) implements MutationPayload {

        static StartSurveyResponsePayload failed(UserError error) {
            return new StartSurveyResponsePayload(null, null, null, List.of(error));
        }

        @Override
        public boolean audited() {
            return false;
        }

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return Survey.TYPE;
        }
    }

    record QuizAnswerFeedback(String questionId, boolean correct, List<String> correctOptionIds,
            String explanation) {
    }

    record SurveyReceipt(Instant submittedAt, String thankYouMessage, List<QuizAnswerFeedback> quizFeedback,
            Integer score, Integer maxScore) {
    }

    /** Recorded in the audit log as the survey's respondent job (the request has no caller). */
    record RespondToSurveyPayload(SurveyReceipt receipt, Integer retryAfterSeconds, List<UserError> userErrors,
            String auditTargetId, CallerAuthentication auditActor) implements MutationPayload {

        static RespondToSurveyPayload failed(UserError error) {
            return failed(List.of(error));
        }

        static RespondToSurveyPayload failed(List<UserError> errors) {
            return new RespondToSurveyPayload(null, null, errors, null, null);
        }

        @Override
        public String auditTargetType() {
            return Survey.TYPE;
        }
    }

    private final CrossTenantAccess access;
    private final TenantMongo mongo;
    private final SurveyTallies tallies;
    private final PhiScanner scanner;
    private final CapabilityGuesses guesses;
    private final AddressQuota starts;
    private final AddressQuota responses;
    private final Clock clock;

    PublicSurveys(CrossTenantAccess access, TenantMongo mongo, SurveyTallies tallies, PhiScanner scanner,
            CapabilityGuesses guesses,
            @Value("${carepulse.survey.starts-per-address-per-hour:600}") int startsPerHour,
            @Value("${carepulse.survey.responses-per-address-per-hour:600}") int responsesPerHour, Clock clock) {
        this.access = access;
        this.mongo = mongo;
        this.tallies = tallies;
        this.scanner = scanner;
        this.guesses = guesses;
        this.starts = AddressQuota.perHour(startsPerHour);
        this.responses = AddressQuota.perHour(responsesPerHour);
        this.clock = clock;
    }

    @QueryMapping
    Mono<PublicSurvey> publicSurvey(@Argument String code,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        if (guesses.blocked(client(address)).isPresent()) {
            return Mono.empty();
        }
        return published(code, address).map(PublicSurvey::of);
    }

    /** An opened (or closed) survey by its code; a wrong code counts as a wrong guess of the address. */
    private Mono<Survey> published(String code, String address) {
        String normalised = RandomTokens.normaliseCode(code);
        if (normalised == null || normalised.isEmpty() || normalised.length() > 32) {
            return Mono.empty();
        }
        return access.byCapability("code", normalised, Survey.class)
                .filter(survey -> survey.status() != Survey.Status.DRAFT)
                .switchIfEmpty(Mono.fromRunnable(() -> guesses.failed(client(address))));
    }

    @MutationMapping
    Mono<StartSurveyResponsePayload> startSurveyResponse(@Argument StartSurveyResponseInput input,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        OptionalLong wait = guesses.blocked(client(address)).isPresent() ? guesses.blocked(client(address))
                : starts.take(client(address));
        if (wait.isPresent()) {
            return Mono.just(new StartSurveyResponsePayload(null, null, (int) wait.getAsLong(), List.of(
                    rateLimited(wait.getAsLong(), "code"))));
        }
        return published(input.code(), address).flatMap(survey -> {
            if (survey.status() != Survey.Status.OPEN) {
                return Mono.just(StartSurveyResponsePayload.failed(closed("code")));
            }
            String token = RandomTokens.urlSafe(32);
            CallerAuthentication respondent = CallerAuthentication.forJob(survey.organizationId(), RESPONDENT_JOB);
            return tallies.insert(org -> new SurveyRespondent(Digests.sha256Hex(token), org, survey.id(),
                            clock.instant()), tallies.event(SurveyTallies.Kind.STARTED, survey.id()))
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(respondent))
                    .map(started -> new StartSurveyResponsePayload(token, PublicSurvey.of(survey), null, List.of()));
        }).switchIfEmpty(Mono.fromSupplier(() -> StartSurveyResponsePayload.failed(UNKNOWN_CODE)));
    }

    @MutationMapping
    Mono<RespondToSurveyPayload> respondToSurvey(@Argument RespondToSurveyInput input,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        InputChecks checks = new InputChecks();
        checks.text("respondentToken", input.respondentToken(), 100, true);
        if (!checks.ok()) {
            return Mono.just(RespondToSurveyPayload.failed(checks.errors()));
        }
        OptionalLong wait = responses.take(client(address));
        if (wait.isPresent()) {
            return Mono.just(new RespondToSurveyPayload(null, (int) wait.getAsLong(), List.of(
                    rateLimited(wait.getAsLong(), "answers")), null, null));
        }
        return published(input.code(), address)
                .flatMap(survey -> survey.status() != Survey.Status.OPEN
                        ? Mono.just(RespondToSurveyPayload.failed(closed("answers")))
                        : respond(survey, input))
                .switchIfEmpty(Mono.fromSupplier(() -> RespondToSurveyPayload.failed(UNKNOWN_CODE)));
    }

    private Mono<RespondToSurveyPayload> respond(Survey survey, RespondToSurveyInput input) {
        InputChecks checks = new InputChecks();
        String name = survey.asksDisplayName()
                ? checks.text("displayName", input.displayName(), DISPLAY_NAME_MAX, false)
                : null;
        List<SurveyResponse.Answer> answers = SurveyAnswers.check(checks, survey, input.answers(), scanner);
        if (!checks.ok()) {
            return Mono.just(RespondToSurveyPayload.failed(checks.errors()));
        }
        String respondent = Digests.sha256Hex(input.respondentToken().strip());
        CallerAuthentication actor = CallerAuthentication.forJob(survey.organizationId(), RESPONDENT_JOB);
        int correct = (int) answers.stream().filter(a -> Boolean.TRUE.equals(a.correct())).count();
        Instant now = clock.instant();
        return mongo.findById(respondent, SurveyRespondent.class)
                .filter(known -> known.surveyId().equals(survey.id()))
                .flatMap(known -> tallies.insert(org -> new SurveyResponse(new ObjectId(), org, survey.id(),
                                respondent, name, answers, correct, now),
                        tallies.event(SurveyTallies.Kind.SUBMITTED, survey.id())))
                .map(response -> new RespondToSurveyPayload(receipt(survey, answers, correct, now), null, List.of(),
                        GlobalId.encode(Survey.TYPE, survey.id()), actor))
                .switchIfEmpty(Mono.fromSupplier(() -> RespondToSurveyPayload.failed(UserError.onInput(
                        UserErrorCode.NOT_FOUND, "This answer form has expired: reload the survey's page",
                        "respondentToken"))))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(RespondToSurveyPayload.failed(
                        UserError.onInput(SurveyErrorCode.ALREADY_RESPONDED, "You have already answered this "
                                + "survey: thank you", "respondentToken"))))
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(actor));
    }

    private static SurveyReceipt receipt(Survey survey, List<SurveyResponse.Answer> answers, int correct,
            Instant now) {
        if (!survey.quiz()) {
            return new SurveyReceipt(now, survey.thankYouMessage(), List.of(), null, null);
        }
        List<QuizAnswerFeedback> feedback = survey.questions().stream().filter(Survey.Question::graded)
                .map(q -> new QuizAnswerFeedback(q.id(), answers.stream().anyMatch(a -> a.questionId().equals(q.id())
                        && Boolean.TRUE.equals(a.correct())), q.correctOptionIds(), q.explanation()))
                .toList();
        return new SurveyReceipt(now, survey.thankYouMessage(), feedback, correct, feedback.size());
    }

    private static UserError closed(String field) {
        return UserError.onInput(UserErrorCode.INVALID_STATE, "This survey is closed and takes no more answers",
                field);
    }

    private static UserError rateLimited(long seconds, String field) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return UserError.onInput(UserErrorCode.RATE_LIMITED, "Too many answers from your network: try again in "
                + minutes + (minutes == 1 ? " minute" : " minutes"), field);
    }

    private static String client(String address) {
        return address == null ? "unknown" : address;
    }

    @Bean
    static IndexDeclaration surveyResponseIndexes() {
        return IndexDeclaration.of(SurveyResponse.COLLECTION,
                // One response per respondent token, kept by the database itself.
                new Index().on("respondent", Sort.Direction.ASC).unique().named("one_response_per_respondent"),
                new Index().on("surveyId", Sort.Direction.ASC).on("submittedAt", Sort.Direction.DESC));
    }
}
