package io.carepulse.content;

import io.carepulse.segment.Channel;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The publisher of the caller's organisation: its webhook when one is set, else the recording publisher. */
@Component
@Primary
class PublisherRouter implements ChannelPublisher {

    private final PublishingWebhooks webhooks;
    private final WebhookPublisher webhook;
    private final RecordingPublisher recording;

    PublisherRouter(PublishingWebhooks webhooks, WebhookPublisher webhook, RecordingPublisher recording) {
        this.webhooks = webhooks;
        this.webhook = webhook;
        this.recording = recording;
    }

    @Override
    public Mono<String> publish(Content content, Channel channel, String idempotencyKey) {
        return chosen().flatMap(publisher -> publisher.publish(content, channel, idempotencyKey));
    }

    @Override
    public Mono<Void> retract(Content content, Channel channel, String postId) {
        return chosen().flatMap(publisher -> publisher.retract(content, channel, postId));
    }

    @Override
    public Mono<String> reply(Reply reply, String idempotencyKey) {
        return chosen().flatMap(publisher -> publisher.reply(reply, idempotencyKey));
    }

    private Mono<ChannelPublisher> chosen() {
        return webhooks.current().filter(hook -> hook.url() != null).<ChannelPublisher>map(hook -> webhook)
                .defaultIfEmpty(recording);
    }
}
