package io.carepulse.content;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import io.carepulse.segment.Channel;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts to an organisation's webhook: an HTTPS POST of the post as JSON, signed with HMAC-SHA256
 * over the timestamp and the exact body ({@code X-CarePulse-Signature: sha256=<hex>}, {@code
 * X-CarePulse-Timestamp}), with an {@code Idempotency-Key} (the item, the channel and the
 * approval) so a receiver drops a repeat; delivered at least once, retried with backoff on errors
 * and 5xx, never following a redirect, and connected only to the address checked public
 * ({@link WebhookAddresses}). Every attempt is written to the delivery log ({@code
 * webhook_deliveries}).
 */
@Component
class WebhookPublisher implements ChannelPublisher {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int RETRIES = 3;

    @Document("webhook_deliveries")
    record Delivery(@Id ObjectId id, String organizationId, ObjectId contentId, Channel channel, String event,
            String idempotencyKey, int status, String error, Instant at) implements TenantOwned {
    }

    private final PublishingWebhooks webhooks;
    private final TenantMongo mongo;
    private final JsonMapper json;
    private final Clock clock;

    WebhookPublisher(PublishingWebhooks webhooks, TenantMongo mongo, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Mono<String> publish(Content content, Channel channel, String idempotencyKey) {
        Map<String, Object> body = body("content.publish", content, channel, idempotencyKey);
        body.put("text", content.variants().stream().filter(v -> v.channel() == channel).findFirst()
                .map(Content.Variant::text).orElse(""));
        body.put("media", content.media().stream().map(Content.Media::url).toList());
        return send(content, channel, "content.publish", idempotencyKey, body)
                .map(answer -> answer.get("postId") instanceof String postId && !postId.isBlank() ? postId
                        : idempotencyKey);
    }

    @Override
    public Mono<Void> retract(Content content, Channel channel, String postId) {
        String key = "retract:" + content.id().toHexString() + ":" + channel.name();
        Map<String, Object> body = body("content.retract", content, channel, key);
        body.put("postId", postId);
        return send(content, channel, "content.retract", key, body).then();
    }

    private Map<String, Object> body(String event, Content content, Channel channel, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("organizationId", content.organizationId());
        body.put("contentId", GlobalId.encode(Content.TYPE, content.id()));
        body.put("channel", channel.name());
        body.put("title", content.title());
        body.put("idempotencyKey", key);
        return body;
    }

    @SuppressWarnings("unchecked")
    /** Posts the reply (event {@code feedback.reply}); the receiver's {@code replyId}, else the key. */
    @Override
    public Mono<String> reply(Reply reply, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "feedback.reply");
        body.put("threadId", reply.threadId());
        body.put("source", reply.source());
        body.put("externalId", reply.externalId());
        body.put("public", reply.isPublic());
        body.put("text", reply.text());
        body.put("idempotencyKey", idempotencyKey);
        return send(null, null, "feedback.reply", idempotencyKey, body)
                .map(answer -> answer.get("replyId") instanceof String id && !id.isBlank() ? id : idempotencyKey);
    }

    private Mono<Map<String, Object>> send(Content content, Channel channel, String event, String key,
            Map<String, Object> body) {
        byte[] bytes = json.writeValueAsBytes(body);
        return webhooks.current().filter(hook -> hook.url() != null)
                .switchIfEmpty(Mono.error(new IllegalStateException("No webhook is set")))
                .flatMap(hook -> Mono.zip(Mono.just(URI.create(hook.url())), webhooks.secret(hook)))
                .flatMap(target -> WebhookAddresses.resolve(target.getT1(), webhooks.development())
                        .flatMap(address -> {
                            String timestamp = String.valueOf(clock.instant().getEpochSecond());
                            return client(address).post().uri(target.getT1())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .header("Idempotency-Key", key)
                                    .header("X-CarePulse-Event", event)
                                    .header("X-CarePulse-Timestamp", timestamp)
                                    .header("X-CarePulse-Signature", "sha256=" + sign(target.getT2(), timestamp, bytes))
                                    .bodyValue(bytes)
                                    .retrieve().toEntity(String.class)
                                    // The receiver's own status; a body that is not JSON ("OK") names no post.
                                    .flatMap(answer -> log(content, channel, event, key,
                                            answer.getStatusCode().value(), null).thenReturn(answer(answer.getBody())))
                                    .onErrorResume(e -> log(content, channel, event, key, status(e), failure(e))
                                            .then(Mono.error(e)));
                        }))
                .retryWhen(Retry.backoff(RETRIES, Duration.ofSeconds(1)).filter(WebhookPublisher::worthRetrying));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> answer(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(body, Map.class) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (RuntimeException notJson) {
            return Map.of();
        }
    }

    private static boolean worthRetrying(Throwable e) {
        return !(e instanceof WebhookAddresses.WebhookRefused) && !(e instanceof WebClientResponseException response
                && response.getStatusCode().is4xxClientError());
    }

    /** Why an attempt failed, in words an admin can act on (never the body, which may quote the post). */
    static String failure(Throwable e) {
        if (e instanceof WebClientResponseException response) {
            return "The receiver answered " + response.getStatusCode().value()
                    + (response.getStatusCode().is4xxClientError() ? " (refused: not retried)" : "");
        }
        if (e instanceof java.util.concurrent.TimeoutException
                || e.getCause() instanceof java.util.concurrent.TimeoutException
                || e.getClass().getSimpleName().contains("Timeout")) {
            return "No answer within " + TIMEOUT.toSeconds() + " seconds";
        }
        return "Could not connect to the receiver";
    }

    private static int status(Throwable e) {
        return e instanceof WebClientResponseException response ? response.getStatusCode().value() : 0;
    }

    private Mono<Void> log(Content content, Channel channel, String event, String key, int status, String error) {
        return PendingAudit.outside(mongo.insert(org -> new Delivery(new ObjectId(), org,
                content == null ? null : content.id(), channel, event, key, status, error, clock.instant()))).then();
    }

    /** A client that connects to {@code address} whatever the name resolves to now (no DNS rebinding). */
    private static WebClient client(InetAddress address) {
        HttpClient http = HttpClient.create().resolver(new Pinned(address)).followRedirect(false)
                .responseTimeout(TIMEOUT);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves every name to the one address already checked. */
    private static final class Pinned extends AddressResolverGroup<InetSocketAddress> {
        private final InetAddress address;

        Pinned(InetAddress address) {
            this.address = address;
        }

        @Override
        protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
            return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {
                @Override
                protected void doResolve(String host, Promise<InetAddress> promise) {
                    promise.setSuccess(address);
                }

                @Override
                protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
                    promise.setSuccess(List.of(address));
                }
            });
        }
    }
}
