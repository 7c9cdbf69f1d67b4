package io.carepulse.content;

import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What every workflow step of an item does the same way ({@link ContentReviews},
 * {@link ContentPublications}): load the item the input names at the version it was read, refuse in
 * words, and move it to its next status in one compare-and-set write with its event and the
 * status change noted for the audit log.
 */
@Component
class ContentSteps {

    static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND, "No content with this ID",
            "contentId");

    private final TenantMongo mongo;
    private final Contents contents;
    private final ContentChanges changes;
    private final Clock clock;

    ContentSteps(TenantMongo mongo, Contents contents, ContentChanges changes, Clock clock) {
        this.mongo = mongo;
        this.contents = contents;
        this.changes = changes;
        this.clock = clock;
    }

    /** The item an input names, with the caller; NOT_FOUND or CONFLICT without touching it. */
    <P> Mono<P> load(String contentId, int expectedVersion, BiFunction<Content, List<UserError>, P> payload,
            BiFunction<Content, Caller, Mono<P>> then) {
        ObjectId id = GlobalId.objectId(contentId, Content.TYPE);
        if (id == null) {
            return fail(payload, NOT_FOUND);
        }
        return Mono.zip(contents.byId(id), CurrentCaller.required())
                .flatMap(found -> found.getT1().version() != expectedVersion
                        ? fail(payload, UpdatePayloads.conflict("content", found.getT1().version()))
                        : then.apply(found.getT1(), found.getT2()))
                .switchIfEmpty(Mono.defer(() -> fail(payload, NOT_FOUND)));
    }

    /** Moves the item to {@code target}, guarded on its version and status, with {@code update}. */
    <P> Mono<P> move(Content current, ContentStatus target, Update update,
            BiFunction<Content, List<UserError>, P> payload) {
        return Mono.deferContextual(context -> {
            PendingAudit.note(context, "status", current.status(), target);
            update.set("status", target).set("updatedAt", clock.instant());
            changes.with(update, ContentChanges.Kind.STATUS_CHANGED, current.organizationId());
            return changes.relayed(mongo.updateVersioned(current.id(), current.version(),
                    Criteria.where("status").is(current.status()), update, Content.class));
        }).map(outcome -> UpdatePayloads.of(outcome, "content", payload));
    }

    static UserError cannot(ContentStatus status, String what) {
        return UserError.onInput(UserErrorCode.INVALID_STATE, "An item " + FieldLabels.words(status) + " cannot be "
                + what, "contentId");
    }

    static <P> Mono<P> fail(BiFunction<Content, List<UserError>, P> payload, UserError error) {
        return Mono.just(payload.apply(null, List.of(error)));
    }
}
