package io.carepulse.content;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Corrections: a published item is never edited in place. {@code correctContent} starts a new
 * DRAFT with its texts, which goes through review like any item; when it is published, the
 * original is retracted ({@link ContentPublishing}), each channel with a take-down to confirm.
 */
@Controller
class ContentCorrections {

    record CorrectContentInput(String contentId, int expectedVersion) {
    }

    record CorrectContentPayload(Content content, List<UserError> userErrors)
            implements ContentPayloads.ContentPayload {
    }

    /** A correction still on its way to publication: while one is, the item gets no second one. */
    private static final java.util.Set<ContentStatus> UNDER_WAY = java.util.EnumSet.of(ContentStatus.DRAFT,
            ContentStatus.IN_REVIEW, ContentStatus.CHANGES_REQUESTED, ContentStatus.IN_COMPLIANCE_REVIEW,
            ContentStatus.APPROVED, ContentStatus.SCHEDULED);

    private final Contents contents;
    private final ContentChanges changes;
    private final PostingPolicies policies;
    private final Clock clock;

    ContentCorrections(Contents contents, ContentChanges changes, PostingPolicies policies, Clock clock) {
        this.contents = contents;
        this.policies = policies;
        this.changes = changes;
        this.clock = clock;
    }

    /** A correction is new content: its writer has acknowledged the posting policy, as for createContent. */
    @MutationMapping
    Mono<CorrectContentPayload> correctContent(@Argument CorrectContentInput input) {
        return policies.current().flatMap(policies::acknowledged).flatMap(acknowledged -> acknowledged
                ? correct(input)
                : Mono.just(new CorrectContentPayload(null, List.of(PostingPolicies.notAcknowledged()))));
    }

    private Mono<CorrectContentPayload> correct(CorrectContentInput input) {
        ObjectId id = GlobalId.objectId(input.contentId(), Content.TYPE);
        UserError notFound = ContentSteps.NOT_FOUND;
        if (id == null) {
            return Mono.just(new CorrectContentPayload(null, List.of(notFound)));
        }
        return Mono.zip(contents.byId(id), CurrentCaller.required()).flatMap(found -> {
            Content original = found.getT1();
            if (original.version() != input.expectedVersion()) {
                return Mono.just(new CorrectContentPayload(null, List.of(UpdatePayloads.conflict("content",
                        original.version()))));
            }
            if (original.status() != ContentStatus.PUBLISHED) {
                return Mono.just(new CorrectContentPayload(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                        "Only a published item is corrected: edit this one instead", "contentId"))));
            }
            return contents.correctionsOf(original.id()).filter(c -> UNDER_WAY.contains(c.status())).next()
                    .map(open -> new CorrectContentPayload(null, List.of(UserError.onInput(
                            UserErrorCode.INVALID_STATE, "A correction of this item is already under way (“"
                                    + open.title() + "”, " + io.carepulse.platform.graphql.FieldLabels.words(open.status())
                                    + "): continue that one", "contentId"))))
                    .switchIfEmpty(Mono.defer(() -> startCorrection(original, found.getT2().subject())));
        }).defaultIfEmpty(new CorrectContentPayload(null, List.of(notFound)));
    }

    private Mono<CorrectContentPayload> startCorrection(Content original, String me) {
        Instant now = clock.instant();
        Content correction = new Content(new ObjectId(), original.organizationId(), original.title(),
                original.body(), original.format(), ContentStatus.DRAFT, original.topics(), original.campaignId(),
                original.segmentIds(), original.language(), original.variants(), original.media(),
                original.citations(), original.purpose(), original.consentIds(), List.of(), List.of(), List.of(),
                List.of(new Content.Revision(1, me, now, List.of("correctionOf"), new Content.Snapshot(
                        original.title(), original.body(), original.variants()))), me, me, null, null, null, null,
                List.of(), List.of(), original.id(), now, now, 1);
        return Mono.deferContextual(context -> {
            PendingAudit.note(context, "status", null, ContentStatus.DRAFT);
            return changes.insert(correction);
        }).map(created -> new CorrectContentPayload(created, List.of()));
    }

    /** The items correcting this one, newest first (at most one still under way). */
    @SchemaMapping(typeName = "Content")
    reactor.core.publisher.Flux<Content> corrections(Content content) {
        return contents.correctionsOf(content.id());
    }

    @SchemaMapping(typeName = "Content")
    Mono<Content> correctionOf(Content content) {
        return content.correctionOf() == null ? Mono.empty() : contents.byId(content.correctionOf());
    }
}
