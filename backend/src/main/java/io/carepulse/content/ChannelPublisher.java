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
}
