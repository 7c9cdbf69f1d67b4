package io.carepulse.content;

import io.carepulse.campaign.Campaign;
import io.carepulse.campaign.Campaigns;
import io.carepulse.consent.Consents;
import io.carepulse.content.ContentInputs.CreateContentInput;
import io.carepulse.content.ContentInputs.UpdateContentInput;
import io.carepulse.content.ContentPayloads.CreateContentPayload;
import io.carepulse.content.ContentPayloads.UpdateContentPayload;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import io.carepulse.segment.AudienceSegments;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writing content: each create and edit is one document write that records its revision (who,
 * when, which fields); an edit of an item in review or approved returns it to DRAFT, so no
 * approval outlives a change.
 */
@Controller
class ContentMutations {

    static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND, "No content with this ID", "id");

    private final TenantMongo mongo;
    private final Contents contents;
    private final Campaigns campaigns;
    private final AudienceSegments segments;
    private final Consents consents;
    private final ContentChanges changes;
    private final PostingPolicies policies;
    private final Clock clock;

    ContentMutations(TenantMongo mongo, Contents contents, Campaigns campaigns, AudienceSegments segments,
            Consents consents, ContentChanges changes, PostingPolicies policies, Clock clock) {
        this.policies = policies;
        this.changes = changes;
        this.mongo = mongo;
        this.contents = contents;
        this.campaigns = campaigns;
        this.segments = segments;
        this.consents = consents;
        this.clock = clock;
    }

    @MutationMapping
    Mono<CreateContentPayload> createContent(@Argument CreateContentInput input) {
        return policies.current().flatMap(policies::acknowledged).flatMap(acknowledged -> acknowledged
                ? create(input) : Mono.just(new CreateContentPayload(null, List.of(PostingPolicies.notAcknowledged()))));
    }

    private Mono<CreateContentPayload> create(CreateContentInput input) {
        InputChecks checks = new InputChecks(ContentRules.LABELS);
        ContentRules.Valid valid = ContentRules.validate(checks, ContentDraft.of(input));
        return references(checks, valid).flatMap(campaign -> {
            if (!checks.ok()) {
                return Mono.just(new CreateContentPayload(null, checks.errors()));
            }
            Instant now = clock.instant();
            return CurrentCaller.required().flatMap(caller -> Mono.deferContextual(context -> {
                PendingAudit.note(context, "status", null, ContentStatus.DRAFT);
                return changes.insert(new Content(new ObjectId(), caller.organization(), valid.title(), valid.body(),
                        valid.format(),
                        ContentStatus.DRAFT, valid.topics(), valid.campaignId(), valid.segmentIds(), valid.language(),
                        valid.variants(), valid.media(), valid.citations(), purpose(valid, campaign.orElse(null)),
                        valid.consentIds(), List.of(), List.of(), List.of(), List.of(new Content.Revision(1, caller.subject(), now,
                                changed(null, valid), snapshot(valid))), caller.subject(), caller.subject(), null, null, null, null, List.of(),
                        List.of(), null, now, now, 1));
            })).map(content -> new CreateContentPayload(content, List.of()));
        });
    }

    @MutationMapping
    Mono<UpdateContentPayload> updateContent(@Argument UpdateContentInput input) {
        ObjectId id = GlobalId.objectId(input.id(), Content.TYPE);
        if (id == null) {
            return Mono.just(new UpdateContentPayload(null, List.of(NOT_FOUND)));
        }
        return contents.byId(id).flatMap(current -> {
            if (current.version() != input.expectedVersion()) {
                return fail(UpdatePayloads.conflict("content", current.version()));
            }
            if (!current.status().editable()) {
                return fail(UserError.onInput(UserErrorCode.INVALID_STATE, current.status() == ContentStatus.PUBLISHED
                        ? "A published item is not edited in place: correct it with a new revision"
                        : "This item can no longer be edited", "id"));
            }
            InputChecks checks = new InputChecks(ContentRules.LABELS);
            ContentRules.Valid valid = ContentRules.validate(checks, ContentDraft.merge(current, input));
            return references(checks, valid).flatMap(campaign -> checks.ok()
                    ? write(current, valid, campaign.orElse(null)) : Mono.just(new UpdateContentPayload(null,
                            checks.errors())));
        }).switchIfEmpty(Mono.defer(() -> fail(NOT_FOUND)));
    }

    private Mono<UpdateContentPayload> write(Content current, ContentRules.Valid valid, Campaign campaign) {
        List<String> changed = changed(current, valid);
        if (changed.isEmpty()) {
            return Mono.just(new UpdateContentPayload(current, List.of()));
        }
        Instant now = clock.instant();
        return CurrentCaller.required().flatMap(caller -> Mono.deferContextual(context -> {
            Update update = new Update().set("title", valid.title()).set("body", valid.body())
                    .set("format", valid.format()).set("topics", valid.topics()).set("campaignId", valid.campaignId())
                    .set("segmentIds", valid.segmentIds()).set("language", valid.language())
                    .set("variants", valid.variants()).set("media", valid.media()).set("citations", valid.citations())
                    .set("purpose", purpose(valid, campaign)).set("consentIds", valid.consentIds())
                    .set("lastEditedBy", caller.subject()).set("updatedAt", now)
                    .push("revisions", new Content.Revision(current.revisions().size() + 1, caller.subject(), now,
                            changed, snapshot(valid)));
            if (current.status() != ContentStatus.DRAFT) {
                // No approval outlives a change: back to DRAFT, unscheduled, approvals of the round void.
                PendingAudit.note(context, "status", current.status(), ContentStatus.DRAFT);
                update.set("status", ContentStatus.DRAFT).unset("clinicalApprovedBy").unset("approvedHash")
                        .unset("approvedAt").unset("publishAt").set("publications", List.of());
            }
            changes.with(update, current.status() == ContentStatus.DRAFT ? ContentChanges.Kind.UPDATED
                    : ContentChanges.Kind.STATUS_CHANGED, current.organizationId());
            return changes.relayed(mongo.updateVersioned(current.id(), current.version(),
                    Criteria.where("status").is(current.status()), update, Content.class));
        })).map(outcome -> UpdatePayloads.of(outcome, "content", UpdateContentPayload::new));
    }

    /** Checks that the campaign, segments and consents named exist; the campaign, when one is named. */
    private Mono<Optional<Campaign>> references(InputChecks checks, ContentRules.Valid valid) {
        Mono<Optional<Campaign>> campaign = valid.campaignId() == null ? Mono.just(Optional.empty())
                : campaigns.byId(valid.campaignId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .doOnNext(found -> {
                            if (found.isEmpty()) {
                                checks.fail(UserErrorCode.NOT_FOUND, "No campaign with this ID", "campaignId");
                            } else {
                                ContentRules.channelsOfCampaign(checks, valid.variants(), found.get());
                            }
                        });
        Mono<Void> segmentsFound = valid.segmentIds().isEmpty() ? Mono.empty()
                : segments.byIds(valid.segmentIds()).doOnNext(found -> {
                    for (int i = 0; i < valid.segmentIds().size(); i++) {
                        checks.check(found.containsKey(valid.segmentIds().get(i)), UserErrorCode.NOT_FOUND,
                                "No audience segment with this ID", "segmentIds", String.valueOf(i));
                    }
                }).then();
        Mono<Void> consentsFound = Flux.range(0, valid.consentIds().size())
                .concatMap(i -> consents.byId(valid.consentIds().get(i)).hasElement().doOnNext(exists -> checks.check(
                        exists, UserErrorCode.NOT_FOUND, "No consent with this ID", "consentIds", String.valueOf(i))))
                .then();
        return segmentsFound.then(consentsFound).then(campaign);
    }

    private static io.carepulse.consent.ConsentPurposeKind purpose(ContentRules.Valid valid, Campaign campaign) {
        return valid.purpose() != null ? valid.purpose() : ContentRules.purposeOf(campaign);
    }

    private static Content.Snapshot snapshot(ContentRules.Valid valid) {
        return new Content.Snapshot(valid.title(), valid.body(), valid.variants());
    }

    /** The fields a change sets to something new (all of a new item's that are set). */
    private static List<String> changed(Content current, ContentRules.Valid valid) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", current == null ? null : current.title(), valid.title());
        compare(changed, "body", current == null ? null : current.body(), valid.body());
        compare(changed, "format", current == null ? null : current.format(), valid.format());
        compare(changed, "topics", current == null ? List.of() : current.topics(), valid.topics());
        compare(changed, "campaignId", current == null ? null : current.campaignId(), valid.campaignId());
        compare(changed, "segmentIds", current == null ? List.of() : current.segmentIds(), valid.segmentIds());
        compare(changed, "variants", current == null ? List.of() : current.variants(), valid.variants());
        compare(changed, "media", current == null ? List.of() : current.media(), valid.media());
        compare(changed, "citations", current == null ? List.of() : current.citations(), valid.citations());
        compare(changed, "consentIds", current == null ? List.of() : current.consentIds(), valid.consentIds());
        if (valid.purpose() != null) {
            compare(changed, "purpose", current == null ? null : current.purpose(), valid.purpose());
        }
        if (current != null && !Objects.equals(current.language(), valid.language())) {
            changed.add("language");
        }
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static Mono<UpdateContentPayload> fail(UserError error) {
        return Mono.just(new UpdateContentPayload(null, List.of(error)));
    }
}
