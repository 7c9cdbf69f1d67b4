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

    private final Contents contents;
    private final ContentChanges changes;
    private final Clock clock;

    ContentCorrections(Contents contents, ContentChanges changes, Clock clock) {
        this.contents = contents;
        this.changes = changes;
        this.clock = clock;
    }

    @MutationMapping
    Mono<CorrectContentPayload> correctContent(@Argument CorrectContentInput input) {
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
            Instant now = clock.instant();
            String me = found.getT2().subject();
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
        }).defaultIfEmpty(new CorrectContentPayload(null, List.of(notFound)));
    }

    @SchemaMapping(typeName = "Content")
    Mono<Content> correctionOf(Content content) {
        return content.correctionOf() == null ? Mono.empty() : contents.byId(content.correctionOf());
    }
}
