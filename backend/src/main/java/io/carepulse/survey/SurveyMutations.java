package io.carepulse.survey;

import io.carepulse.platform.crypto.RandomTokens;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import io.carepulse.survey.SurveyInputs.CloseSurveyInput;
import io.carepulse.survey.SurveyInputs.CreateSurveyInput;
import io.carepulse.survey.SurveyInputs.OpenSurveyInput;
import io.carepulse.survey.SurveyInputs.UpdateSurveyInput;
import io.carepulse.survey.SurveyPayloads.CloseSurveyPayload;
import io.carepulse.survey.SurveyPayloads.CreateSurveyPayload;
import io.carepulse.survey.SurveyPayloads.OpenSurveyPayload;
import io.carepulse.survey.SurveyPayloads.UpdateSurveyPayload;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** {@code createSurvey}, {@code updateSurvey}, {@code openSurvey} and {@code closeSurvey}, for ADMINs and MARKETERs. */
@Controller
class SurveyMutations {

    static final String WHAT = "survey";
    static final int CODE_LENGTH = 8;
    private static final UserError NOT_FOUND = UpdatePayloads.notFound(WHAT);

    private final TenantMongo mongo;
    private final SurveyTallies tallies;
    private final Clock clock;

    SurveyMutations(TenantMongo mongo, SurveyTallies tallies, Clock clock) {
        this.mongo = mongo;
        this.tallies = tallies;
        this.clock = clock;
    }

    @MutationMapping
    Mono<CreateSurveyPayload> createSurvey(@Argument CreateSurveyInput input) {
        InputChecks checks = new InputChecks();
        Survey.Kind kind = input.kind() == null ? Survey.Kind.SURVEY : input.kind();
        String title = checks.text("title", input.title(), SurveyRules.TITLE_MAX, true);
        String description = checks.text("description", input.description(), SurveyRules.DESCRIPTION_MAX, false);
        String thankYou = checks.text("thankYouMessage", input.thankYouMessage(), SurveyRules.THANK_YOU_MAX, false);
        List<Survey.Question> questions = SurveyRules.questions(checks, kind, input.questions());
        if (!checks.ok()) {
            return Mono.just(new CreateSurveyPayload(null, checks.errors()));
        }
        Instant now = clock.instant();
        return CurrentCaller.required().flatMap(caller -> Mono.defer(() -> mongo.insert(org -> new Survey(
                                new ObjectId(), org, kind, title, description, thankYou, Survey.Status.DRAFT, questions,
                                Boolean.TRUE.equals(input.asksDisplayName()), RandomTokens.readableCode(CODE_LENGTH),
                                null, null, caller.subject(), now, now, 1)))
                        // A code another survey drew already: draw again.
                        .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance)))
                .flatMap(survey -> tallies.create(survey.id()).thenReturn(survey))
                .map(survey -> new CreateSurveyPayload(survey, List.of()));
    }

    @MutationMapping
    Mono<UpdateSurveyPayload> updateSurvey(@Argument UpdateSurveyInput input) {
        ObjectId id = GlobalId.objectId(input.id(), Survey.TYPE);
        if (id == null) {
            return Mono.just(new UpdateSurveyPayload(null, List.of(NOT_FOUND)));
        }
        return mongo.findById(id, Survey.class).flatMap(current -> {
            InputChecks checks = new InputChecks();
            Update update = new Update().set("updatedAt", clock.instant());
            if (input.title() != null) {
                update.set("title", checks.text("title", input.title(), SurveyRules.TITLE_MAX, true));
            }
            if (input.description() != null) {
                update.set("description", checks.text("description", input.description(),
                        SurveyRules.DESCRIPTION_MAX, false));
            }
            if (input.thankYouMessage() != null) {
                update.set("thankYouMessage", checks.text("thankYouMessage", input.thankYouMessage(),
                        SurveyRules.THANK_YOU_MAX, false));
            }
            if (input.asksDisplayName() != null) {
                update.set("asksDisplayName", input.asksDisplayName());
            }
            Criteria guard = null;
            if (input.questions() != null) {
                if (current.status() != Survey.Status.DRAFT) {
                    checks.fail(UserErrorCode.INVALID_STATE, "This survey has been opened: its questions can no "
                            + "longer change (responses refer to them). Copy it into a new survey instead",
                            "questions");
                }
                update.set("questions", SurveyRules.questions(checks, current.kind(), input.questions()));
                guard = Criteria.where("status").is(Survey.Status.DRAFT);
            }
            if (!checks.ok()) {
                return Mono.just(new UpdateSurveyPayload(null, checks.errors()));
            }
            return mongo.updateVersioned(id, input.expectedVersion(), guard, update, Survey.class)
                    .map(outcome -> UpdatePayloads.of(outcome, WHAT, UpdateSurveyPayload::new));
        }).switchIfEmpty(Mono.fromSupplier(() -> new UpdateSurveyPayload(null, List.of(NOT_FOUND))));
    }

    @MutationMapping
    Mono<OpenSurveyPayload> openSurvey(@Argument OpenSurveyInput input) {
        return move(input.id(), input.expectedVersion(), Survey.Status.OPEN, OpenSurveyPayload::new);
    }

    @MutationMapping
    Mono<CloseSurveyPayload> closeSurvey(@Argument CloseSurveyInput input) {
        return move(input.id(), input.expectedVersion(), Survey.Status.CLOSED, CloseSurveyPayload::new);
    }

    private <P> Mono<P> move(String globalId, int expectedVersion, Survey.Status target,
            BiFunction<Survey, List<UserError>, P> payload) {
        ObjectId id = GlobalId.objectId(globalId, Survey.TYPE);
        if (id == null) {
            return Mono.just(payload.apply(null, List.of(NOT_FOUND)));
        }
        return mongo.findById(id, Survey.class).flatMap(current -> Mono.deferContextual(context -> {
            if (!current.status().next().contains(target)) {
                return Mono.just(payload.apply(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                        "This survey is " + FieldLabels.words(current.status()) + ": it cannot become "
                                + FieldLabels.words(target), "id"))));
            }
            PendingAudit.note(context, "status", current.status(), target);
            Instant now = clock.instant();
            Update update = new Update().set("status", target).set("updatedAt", now)
                    .set(target == Survey.Status.OPEN ? "openedAt" : "closedAt", now);
            return mongo.updateVersioned(id, expectedVersion, Criteria.where("status").is(current.status()), update,
                    Survey.class).map(outcome -> UpdatePayloads.of(outcome, WHAT, payload));
        })).switchIfEmpty(Mono.fromSupplier(() -> payload.apply(null, List.of(NOT_FOUND))));
    }

    @Bean
    static IndexDeclaration surveyIndexes() {
        return IndexDeclaration.of(Survey.COLLECTION,
                // The public link's code is a capability across organisations: unique, looked up by itself.
                new Index().on("code", Sort.Direction.ASC).unique().named("survey_code_unique"),
                new Index().on("organizationId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }
}
