package io.carepulse.content;

import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import io.carepulse.segment.Channel;
import java.time.Clock;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The default publisher: records each post (the exact text, channel and time) in
 * {@code content_posts} under its idempotency key, with a generated platform post ID, as a
 * provider without a connected platform keeps its posting record. Asked twice with one key, it
 * answers the first post's ID.
 */
@Component
class RecordingPublisher implements ChannelPublisher {

    private final TenantMongo mongo;
    private final Clock clock;

    RecordingPublisher(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<String> publish(Content content, Channel channel, String idempotencyKey) {
        Content.Variant variant = content.variants().stream().filter(v -> v.channel() == channel).findFirst()
                .orElseThrow(() -> new IllegalStateException("No text for " + channel));
        String postId = channel.name().toLowerCase(java.util.Locale.ROOT) + "-" + new ObjectId().toHexString();
        return PendingAudit.outside(mongo.insert(org -> new Post(idempotencyKey, org, content.id(), channel, postId,
                        variant.text(), clock.instant(), null)).map(Post::postId))
                .onErrorResume(DuplicateKeyException.class, e -> mongo.findById(idempotencyKey, Post.class)
                        .map(Post::postId));
    }

    @Override
    public Mono<Void> retract(Content content, Channel channel, String postId) {
        return PendingAudit.outside(mongo.findAndModify(Query.query(Criteria.where("contentId").is(content.id())
                        .and("postId").is(postId)), new Update().set("retractedAt", clock.instant()), Post.class))
                .then();
    }

    /** Records the reply under its idempotency key (a repeat answers the first one's ID). */
    @Override
    public Mono<String> reply(Reply reply, String idempotencyKey) {
        String replyId = "reply-" + new ObjectId().toHexString();
        return PendingAudit.outside(mongo.insert(org -> new SentReply(idempotencyKey, org, reply.threadId(),
                        reply.source(), reply.text(), replyId, clock.instant())).map(SentReply::replyId))
                .onErrorResume(DuplicateKeyException.class, e -> mongo.findById(idempotencyKey, SentReply.class)
                        .map(SentReply::replyId));
    }

    @Document("feedback_replies_sent")
    record SentReply(@Id String id, String organizationId, String threadId, String source, String text,
            String replyId, Instant at) implements TenantOwned {
    }

    @Document("content_posts")
    record Post(@Id String id, String organizationId, ObjectId contentId, Channel channel, String postId, String text,
            Instant at, Instant retractedAt) implements TenantOwned {
    }
}
