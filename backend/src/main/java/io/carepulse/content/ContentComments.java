package io.carepulse.content;

import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.Clock;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Review comments anchored to a span of the title or body, a channel's text or a media item (as
 * medical-legal review tools do), threaded, and resolved before an approval can be given. A comment
 * keeps the text its span covered, so it still reads right after the item is edited. Comments are
 * not part of what is approved: adding one changes neither the item's version nor its hash; each
 * change is an UPDATED event of {@code content.changes}, so open pages and review queues hear of it.
 * A reply to a resolved comment opens it again (the discussion goes on, and blocks approval).
 */
@Controller
class ContentComments {

    static final int TEXT_MAX = 2000;

    record CommentInput(Content.AnchorKind kind, Integer start, Integer end, Channel channel, Integer mediaIndex) {
    }

    record AddContentCommentInput(String contentId, CommentInput anchor, String text) {
    }

    record ReplyToContentCommentInput(String contentId, String commentId, String text) {
    }

    record ResolveContentCommentInput(String contentId, String commentId) {
    }

    /** Audited on the item commented. */
    interface CommentPayload extends MutationPayload {
        Content content();

        @Override
        default String auditTargetId() {
            return content() == null ? null : GlobalId.encode(Content.TYPE, content().id());
        }

        @Override
        default String auditTargetType() {
            return Content.TYPE;
        }
    }

    record AddContentCommentPayload(Content content, Content.Comment comment, List<UserError> userErrors)
            implements CommentPayload {
    }

    record ReplyToContentCommentPayload(Content content, List<UserError> userErrors) implements CommentPayload {
    }

    record ResolveContentCommentPayload(Content content, List<UserError> userErrors) implements CommentPayload {
    }

    private final TenantMongo mongo;
    private final Contents contents;
    private final ContentChanges changes;
    private final Directory directory;
    private final Clock clock;

    ContentComments(TenantMongo mongo, Contents contents, ContentChanges changes, Directory directory, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.contents = contents;
        this.directory = directory;
        this.clock = clock;
    }

    @MutationMapping
    Mono<AddContentCommentPayload> addContentComment(@Argument AddContentCommentInput input) {
        ObjectId id = GlobalId.objectId(input.contentId(), Content.TYPE);
        if (id == null) {
            return Mono.just(new AddContentCommentPayload(null, null, List.of(ContentSteps.NOT_FOUND)));
        }
        return Mono.zip(contents.byId(id), CurrentCaller.required()).flatMap(found -> {
            Content content = found.getT1();
            InputChecks checks = new InputChecks();
            String text = checks.text("text", input.text(), TEXT_MAX, true);
            Content.Anchor anchor = anchor(checks, content, input.anchor());
            if (!checks.ok()) {
                return Mono.just(new AddContentCommentPayload(null, null, checks.errors()));
            }
            Content.Comment comment = new Content.Comment(new ObjectId().toHexString(), anchor,
                    found.getT2().subject(), text, clock.instant(), List.of(), null, null);
            return changes.relayedContent(mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                    changes.with(new Update().push("comments", comment), ContentChanges.Kind.UPDATED,
                            content.organizationId()), Content.class))
                    .map(updated -> new AddContentCommentPayload(updated, comment, List.of()));
        }).defaultIfEmpty(new AddContentCommentPayload(null, null, List.of(ContentSteps.NOT_FOUND)));
    }

    @MutationMapping
    Mono<ReplyToContentCommentPayload> replyToContentComment(@Argument ReplyToContentCommentInput input) {
        InputChecks checks = new InputChecks();
        String text = checks.text("text", input.text(), TEXT_MAX, true);
        if (!checks.ok()) {
            return Mono.just(new ReplyToContentCommentPayload(null, checks.errors()));
        }
        return onComment(input.contentId(), input.commentId(), (comment, at) -> null, (at, caller) -> new Update()
                        .push(at + "replies", new Content.Reply(caller, text, clock.instant()))
                        .unset(at + "resolvedBy").unset(at + "resolvedAt"))
                .map(outcome -> new ReplyToContentCommentPayload(outcome.content(), outcome.errors()));
    }

    @MutationMapping
    Mono<ResolveContentCommentPayload> resolveContentComment(@Argument ResolveContentCommentInput input) {
        return onComment(input.contentId(), input.commentId(), (comment, at) -> comment.resolvedAt() == null ? null
                        : UserError.onInput(UserErrorCode.INVALID_STATE, "This comment is already resolved", "commentId"),
                (at, caller) -> new Update().set(at + "resolvedBy", caller).set(at + "resolvedAt", clock.instant()))
                .map(outcome -> new ResolveContentCommentPayload(outcome.content(), outcome.errors()));
    }

    private record Outcome(Content content, List<UserError> errors) {
    }

    /**
     * An update of one comment, by its position ({@code at} is "comments.3."), guarded on the comment
     * still being there; the item NOT_FOUND, the comment not found, or the refusal {@code check}
     * gives come back as user errors.
     */
    private Mono<Outcome> onComment(String contentId, String commentId,
            java.util.function.BiFunction<Content.Comment, String, UserError> check,
            java.util.function.BiFunction<String, String, Update> change) {
        Outcome itemNotFound = new Outcome(null, List.of(ContentSteps.NOT_FOUND));
        ObjectId id = GlobalId.objectId(contentId, Content.TYPE);
        if (id == null) {
            return Mono.just(itemNotFound);
        }
        return Mono.zip(contents.byId(id), CurrentCaller.required()).flatMap(found -> {
            Content content = found.getT1();
            List<Content.Comment> comments = content.comments();
            for (int i = 0; i < comments.size(); i++) {
                if (comments.get(i).id().equals(commentId)) {
                    String at = "comments." + i + ".";
                    UserError refusal = check.apply(comments.get(i), at);
                    if (refusal != null) {
                        return Mono.just(new Outcome(null, List.of(refusal)));
                    }
                    return changes.relayedContent(mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                                    .and(at + "id").is(commentId)), changes.with(change.apply(at,
                                    found.getT2().subject()), ContentChanges.Kind.UPDATED, content.organizationId()),
                                    Content.class))
                            .map(updated -> new Outcome(updated, List.of()))
                            .defaultIfEmpty(new Outcome(null, List.of(commentNotFound())));
                }
            }
            return Mono.just(new Outcome(null, List.of(commentNotFound())));
        }).defaultIfEmpty(itemNotFound);
    }

    private static Content.Anchor anchor(InputChecks checks, Content content, CommentInput in) {
        switch (in.kind()) {
            case TITLE, BODY -> {
                String text = in.kind() == Content.AnchorKind.TITLE ? content.title() : content.body();
                int start = in.start() == null ? -1 : in.start();
                int end = in.end() == null ? -1 : in.end();
                if (start < 0 || end <= start || end > text.length()) {
                    checks.fail(UserErrorCode.INVALID, "Select the words the comment is about", "anchor", "start");
                    return null;
                }
                return new Content.Anchor(in.kind(), start, end, null, null, text.substring(start, end));
            }
            case VARIANT -> {
                boolean has = in.channel() != null && content.variants().stream().anyMatch(v -> v.channel() == in.channel());
                checks.check(has, UserErrorCode.INVALID, "Choose a channel this item has a text for", "anchor",
                        "channel");
                return new Content.Anchor(in.kind(), null, null, in.channel(), null, null);
            }
            default -> {
                boolean has = in.mediaIndex() != null && in.mediaIndex() >= 0 && in.mediaIndex() < content.media().size();
                checks.check(has, UserErrorCode.INVALID, "Choose one of the item's media", "anchor", "mediaIndex");
                return new Content.Anchor(in.kind(), null, null, null, in.mediaIndex(), null);
            }
        }
    }

    private static UserError commentNotFound() {
        return UserError.onInput(UserErrorCode.NOT_FOUND, "No comment with this ID on this item", "commentId");
    }

    @SchemaMapping(typeName = "ContentComment")
    Mono<User> author(Content.Comment comment) {
        return directory.user(comment.author());
    }

    @SchemaMapping(typeName = "ContentComment")
    Mono<User> resolvedBy(Content.Comment comment) {
        return comment.resolvedBy() == null ? Mono.empty() : directory.user(comment.resolvedBy());
    }

    @SchemaMapping(typeName = "ContentCommentReply")
    Mono<User> author(Content.Reply reply) {
        return directory.user(reply.author());
    }
}
