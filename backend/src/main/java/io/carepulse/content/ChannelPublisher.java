package io.carepulse.content;

import io.carepulse.segment.Channel;
import reactor.core.publisher.Mono;

/**
 * Where a channel's post goes: the recording publisher by default, a webhook or a platform's API
 * later. Each call carries an idempotency key (the item, the channel and the approval), so a
 * publisher that is asked twice can post once.
 */
public interface ChannelPublisher {

    /** Publishes the item's text for {@code channel}; the platform's post ID. */
    Mono<String> publish(Content content, Channel channel, String idempotencyKey);

    /** Takes a published post down (or asks the platform to). */
    Mono<Void> retract(Content content, Channel channel, String postId);

    /**
     * Sends a staff reply to a patient's comment, review or message where it came from; the
     * sending service's ID for it. A private reply may carry PHI to the receiving service (which
     * then needs a business associate agreement with the provider).
     */
    Mono<String> reply(Reply reply, String idempotencyKey);

    /**
     * A reply to a feedback thread: the thread (by its global ID), where it came from and the
     * source's own ID of the conversation, whether it is public, and the text.
     */
    record Reply(String threadId, String source, String externalId, boolean isPublic, String text) {
    }
}
