package io.carepulse.content;

import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishing and retracting, for the mutations, the scheduler and the consent cascade alike. Each
 * channel is claimed (PENDING → PUBLISHING, one atomic update of the item) before the publisher
 * is called, so however many instances or requests race, a channel is posted at most once; the
 * publisher's idempotency key (item, channel, approval) lets a webhook receiver drop a repeat too.
 */
@Component
class ContentPublishing {

    private static final Logger LOG = LoggerFactory.getLogger(ContentPublishing.class);

    private final TenantMongo mongo;
    private final ChannelPublisher publisher;
    private final ContentChanges changes;
    private final Clock clock;

    ContentPublishing(TenantMongo mongo, ChannelPublisher publisher, ContentChanges changes, Clock clock) {
        this.changes = changes;
        this.mongo = mongo;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes every pending channel of the item, then marks it PUBLISHED (APPROVED if every channel failed). */
    Mono<Content> publishPending(ObjectId id) {
        return publishPending(id, null);
    }

    /** As {@link #publishPending(ObjectId)}, with a note kept on each published channel (that it went out late). */
    Mono<Content> publishPending(ObjectId id, String note) {
        return mongo.findById(id, Content.class).flatMap(content -> Flux.fromIterable(content.publications())
                .filter(p -> p.state() == Content.PublicationState.PENDING)
                .concatMap(p -> publishChannel(content, p.channel(), note))
                .then(finish(id)));
    }

    private Mono<Void> publishChannel(Content content, Channel channel, String note) {
        Instant now = clock.instant();
        int index = indexOf(content, channel);
        String at = "publications." + index + ".";
        // By position, guarded on the channel and its state there (the embedded MongoDB has no positional $).
        Query pending = Query.query(Criteria.where("_id").is(content.id()).and(at + "channel").is(channel)
                .and(at + "state").is(Content.PublicationState.PENDING));
        return mongo.findAndModify(pending, new Update().set(at + "state", Content.PublicationState.PUBLISHING)
                        .set(at + "at", now), Content.class)
                .flatMap(claimed -> publisher.publish(claimed, channel, idempotencyKey(claimed, channel))
                        .flatMap(postId -> settle(content.id(), index, channel, Content.PublicationState.PUBLISHED,
                                postId, note))
                        .onErrorResume(e -> {
                            LOG.warn("Publishing content {} on {} failed: {}", content.id(), channel, e.toString());
                            return settle(content.id(), index, channel, Content.PublicationState.FAILED, null,
                                    "The channel did not take the post; try publishing again");
                        }));
    }

    private Mono<Void> settle(ObjectId id, int index, Channel channel, Content.PublicationState state, String postId,
            String reason) {
        String at = "publications." + index + ".";
        Query publishing = Query.query(Criteria.where("_id").is(id).and(at + "channel").is(channel)
                .and(at + "state").is(Content.PublicationState.PUBLISHING));
        return mongo.findAndModify(publishing, new Update().set(at + "state", state).set(at + "postId", postId)
                .set(at + "reason", reason).set(at + "at", clock.instant()), Content.class).then();
    }

    private static int indexOf(Content content, Channel channel) {
        for (int i = 0; i < content.publications().size(); i++) {
            if (content.publications().get(i).channel() == channel) {
                return i;
            }
        }
        throw new IllegalStateException("No publication for " + channel);
    }

    private Mono<Content> finish(ObjectId id) {
        return mongo.findById(id, Content.class).flatMap(content -> {
            boolean published = content.publications().stream()
                    .anyMatch(p -> p.state() == Content.PublicationState.PUBLISHED);
            ContentStatus target = published ? ContentStatus.PUBLISHED : ContentStatus.APPROVED;
            if (content.status() == target || !content.status().canMoveTo(target)) {
                return Mono.just(content);
            }
            Update update = changes.with(new Update().set("status", target).set("updatedAt", clock.instant())
                    .inc("version", 1), ContentChanges.Kind.STATUS_CHANGED, content.organizationId());
            return changes.relayedContent(mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                            .and("status").is(content.status())), update, Content.class))
                    .flatMap(done -> published && done.correctionOf() != null ? replaceOriginal(done) : Mono.just(done))
                    .defaultIfEmpty(content);
        });
    }

    /** A published correction replaces its original: the original is retracted, with its take-downs. */
    private Mono<Content> replaceOriginal(Content correction) {
        return mongo.findById(correction.correctionOf(), Content.class)
                .filter(original -> original.status() == ContentStatus.PUBLISHED)
                .flatMap(original -> retract(original, "Replaced by its correction"))
                .thenReturn(correction);
    }

    /**
     * Retracts a published item: every published channel RETRACTED with a take-down for a person to
     * confirm, in one write; then each post is taken down through the publisher (a failure there
     * leaves the take-down open, which is what it is for).
     */
    Mono<Content> retract(Content current, String reason) {
        Instant now = clock.instant();
        List<Content.Publication> publications = new ArrayList<>();
        List<Content.Takedown> takedowns = new ArrayList<>(current.takedowns());
        for (Content.Publication p : current.publications()) {
            if (p.state() == Content.PublicationState.PUBLISHED) {
                // Keeps when it was published (the calendar's day); the take-down says when it was retracted.
                publications.add(new Content.Publication(p.channel(), Content.PublicationState.RETRACTED, p.postId(),
                        reason, p.at() != null ? p.at() : now));
                takedowns.add(new Content.Takedown(p.channel(), p.postId(), reason, Content.TakedownState.OPEN, now,
                        null, null));
            } else {
                publications.add(p);
            }
        }
        Update update = changes.with(new Update().set("status", ContentStatus.RETRACTED)
                .set("publications", publications).set("takedowns", takedowns).set("updatedAt", now).inc("version", 1),
                ContentChanges.Kind.STATUS_CHANGED, current.organizationId());
        return changes.relayedContent(mongo.findAndModify(Query.query(Criteria.where("_id").is(current.id())
                        .and("status").is(ContentStatus.PUBLISHED)), update, Content.class))
                .flatMap(retracted -> Flux.fromIterable(current.publications())
                        .filter(p -> p.state() == Content.PublicationState.PUBLISHED)
                        .concatMap(p -> publisher.retract(current, p.channel(), p.postId())
                                .onErrorResume(e -> Mono.empty()))
                        .then(Mono.just(retracted)));
    }

    /** Back to APPROVED from SCHEDULED: no channel publishes. */
    Mono<Content> unschedule(Content current, String reason) {
        List<Content.Publication> failed = current.publications().stream().map(p -> reason == null ? null
                : new Content.Publication(p.channel(), Content.PublicationState.FAILED, null, reason, clock.instant()))
                .filter(java.util.Objects::nonNull).toList();
        Update update = changes.with(new Update().set("status", ContentStatus.APPROVED).unset("publishAt")
                .set("publications", failed).set("updatedAt", clock.instant()).inc("version", 1),
                ContentChanges.Kind.STATUS_CHANGED, current.organizationId());
        return changes.relayedContent(mongo.findAndModify(Query.query(Criteria.where("_id").is(current.id())
                .and("status").is(ContentStatus.SCHEDULED)), update, Content.class));
    }

    static String idempotencyKey(Content content, Channel channel) {
        return content.id().toHexString() + ":" + channel.name() + ":" + content.approvedHash();
    }
}
