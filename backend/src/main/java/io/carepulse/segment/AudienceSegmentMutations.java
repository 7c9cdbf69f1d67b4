package io.carepulse.segment;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import io.carepulse.segment.SegmentInputs.CreateAudienceSegmentInput;
import io.carepulse.segment.SegmentInputs.UpdateAudienceSegmentInput;
import io.carepulse.segment.SegmentPayloads.CreateAudienceSegmentPayload;
import io.carepulse.segment.SegmentPayloads.UpdateAudienceSegmentPayload;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Mutations of {@code AudienceSegment}. */
@Controller
class AudienceSegmentMutations {

    private static final String WHAT = "audience segment";
    private static final UserError DUPLICATE_NAME = UserError.onInput(UserErrorCode.DUPLICATE,
            "A segment with this name already exists", "name");

    private final TenantMongo mongo;
    private final Clock clock;

    AudienceSegmentMutations(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @MutationMapping
    Mono<CreateAudienceSegmentPayload> createAudienceSegment(@Argument CreateAudienceSegmentInput input) {
        InputChecks checks = new InputChecks();
        String name = checks.text("name", input.name(), SegmentRules.NAME_MAX, true);
        String description = checks.text("description", input.description(), SegmentRules.DESCRIPTION_MAX, false);
        AudienceSegment.AgeRange ageRange = SegmentRules.ageRange(checks, input.ageRange());
        List<String> locations = checks.strings("locations", input.locations(), SegmentRules.LIST_MAX,
                SegmentRules.ENTRY_MAX);
        List<String> interests = checks.strings("healthInterests", input.healthInterests(), SegmentRules.LIST_MAX,
                SegmentRules.ENTRY_MAX);
        List<String> languages = SegmentRules.languages(checks, input.languages());
        if (!checks.ok()) {
            return Mono.just(new CreateAudienceSegmentPayload(null, checks.errors()));
        }
        Instant now = clock.instant();
        return mongo.insert(org -> new AudienceSegment(new ObjectId(), org, name, description, ageRange, locations,
                        interests, languages, SegmentRules.distinct(input.preferredChannels()), now, now, 1))
                .map(segment -> new CreateAudienceSegmentPayload(segment, List.of()))
                .onErrorResume(DuplicateKeyException.class,
                        e -> Mono.just(new CreateAudienceSegmentPayload(null, List.of(DUPLICATE_NAME))));
    }

    @MutationMapping
    Mono<UpdateAudienceSegmentPayload> updateAudienceSegment(@Argument UpdateAudienceSegmentInput input) {
        ObjectId id = GlobalId.objectId(input.id(), AudienceSegment.TYPE);
        if (id == null) {
            return fail(UpdatePayloads.notFound(WHAT));
        }
        InputChecks checks = new InputChecks();
        Update update = changes(checks, input);
        if (!checks.ok()) {
            return Mono.just(new UpdateAudienceSegmentPayload(null, checks.errors()));
        }
        return mongo.updateVersioned(id, input.expectedVersion(), null, update, AudienceSegment.class)
                .map(outcome -> UpdatePayloads.of(outcome, WHAT, UpdateAudienceSegmentPayload::new))
                .onErrorResume(DuplicateKeyException.class, e -> fail(DUPLICATE_NAME));
    }

    private Update changes(InputChecks checks, UpdateAudienceSegmentInput input) {
        Update update = new Update().set("updatedAt", clock.instant());
        setIfPresent(update, "name", input.name(), v -> checks.text("name", v, SegmentRules.NAME_MAX, true));
        setIfPresent(update, "description", input.description(),
                v -> checks.text("description", v, SegmentRules.DESCRIPTION_MAX, false));
        setIfPresent(update, "ageRange", input.ageRange(), v -> SegmentRules.ageRange(checks, v));
        setIfPresent(update, "locations", input.locations(),
                v -> checks.strings("locations", v, SegmentRules.LIST_MAX, SegmentRules.ENTRY_MAX));
        setIfPresent(update, "healthInterests", input.healthInterests(),
                v -> checks.strings("healthInterests", v, SegmentRules.LIST_MAX, SegmentRules.ENTRY_MAX));
        setIfPresent(update, "languages", input.languages(), v -> SegmentRules.languages(checks, v));
        setIfPresent(update, "preferredChannels", input.preferredChannels(), SegmentRules::distinct);
        return update;
    }

    /** Omitted arguments leave the field alone; an explicit null clears it (or is refused where required). */
    private static <T> void setIfPresent(Update update, String field, ArgumentValue<T> value,
            java.util.function.Function<T, Object> normalise) {
        if (!value.isOmitted()) {
            update.set(field, normalise.apply(value.value()));
        }
    }

    private static Mono<UpdateAudienceSegmentPayload> fail(UserError error) {
        return Mono.just(new UpdateAudienceSegmentPayload(null, List.of(error)));
    }
}
