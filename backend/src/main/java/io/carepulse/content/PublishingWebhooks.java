package io.carepulse.content;

import io.carepulse.platform.crypto.FieldEncryption;
import io.carepulse.platform.crypto.RandomTokens;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An organisation's publishing webhook (ADMIN): when set, posts go to it rather than to the
 * recording publisher, so a provider can connect Zapier, Make, Buffer or its own service. Its
 * signing secret is made by CarePulse, shown once when the webhook is set, and kept encrypted.
 */
@Controller
class PublishingWebhooks {

    @Document("publishing_webhooks")
    record PublishingWebhook(@Id String id, String organizationId, String url, Binary secret, Instant updatedAt,
            String updatedBy) implements TenantOwned {
    }

    record SetPublishingWebhookInput(String url) {
    }

    /** Audited; the secret is in the answer only. */
    record SetPublishingWebhookPayload(PublishingWebhook webhook, String signingSecret, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return "PublishingWebhook";
        }
    }

    static final int DELIVERIES_SHOWN = 20;
    static final int DELIVERIES_MAX = 100;

    private final TenantMongo mongo;
    private final FieldEncryption encryption;
    private final Clock clock;
    private final boolean development;

    PublishingWebhooks(TenantMongo mongo, FieldEncryption encryption, Clock clock,
            @Value("${carepulse.webhooks.allow-local:false}") boolean allowLocal, Environment environment) {
        if (allowLocal && environment.matchesProfiles("prod")) {
            throw new IllegalStateException("carepulse.webhooks.allow-local is for development and tests only");
        }
        this.mongo = mongo;
        this.encryption = encryption;
        this.clock = clock;
        this.development = allowLocal;
    }

    boolean development() {
        return development;
    }

    /** The caller's organisation's webhook, if one is set. */
    Mono<PublishingWebhook> current() {
        return mongo.tenant().flatMap(org -> mongo.findById(org, PublishingWebhook.class));
    }

    Mono<String> secret(PublishingWebhook webhook) {
        return encryption.decrypt(webhook.secret());
    }

    @QueryMapping
    Mono<PublishingWebhook> publishingWebhook() {
        return current();
    }

    /** The delivery log, newest first: what an admin checks when a receiver says a post never came. */
    @SchemaMapping(typeName = "PublishingWebhook")
    Flux<WebhookPublisher.Delivery> recentDeliveries(PublishingWebhook webhook, @Argument Integer first) {
        int limit = first == null ? DELIVERIES_SHOWN : Math.max(1, Math.min(first, DELIVERIES_MAX));
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(limit),
                WebhookPublisher.Delivery.class);
    }

    @SchemaMapping(typeName = "WebhookDelivery")
    Mono<Content> content(WebhookPublisher.Delivery delivery) {
        return mongo.findById(delivery.contentId(), Content.class);
    }

    @MutationMapping
    Mono<SetPublishingWebhookPayload> setPublishingWebhook(@Argument SetPublishingWebhookInput input) {
        if (input.url() == null) {
            return mongo.tenant().flatMap(org -> mongo.findAndModify(Query.query(Criteria.where("_id").is(org)),
                            // Stopped, the secret goes too: a webhook set again later gets a new one.
                            new Update().unset("url").unset("secret").set("updatedAt", clock.instant()),
                            PublishingWebhook.class))
                    .map(removed -> new SetPublishingWebhookPayload(null, null, List.of()))
                    .defaultIfEmpty(new SetPublishingWebhookPayload(null, null, List.of()));
        }
        URI url;
        try {
            url = URI.create(input.url().strip());
        } catch (IllegalArgumentException e) {
            url = null;
        }
        String refusal = WebhookAddresses.refusal(url, development);
        if (refusal != null) {
            return Mono.just(new SetPublishingWebhookPayload(null, null,
                    List.of(UserError.onInput(UserErrorCode.INVALID, refusal, "url"))));
        }
        URI checked = url;
        String secret = RandomTokens.urlSafe(32);
        return WebhookAddresses.resolve(checked, development)
                .then(Mono.zip(encryption.encrypt(secret), CurrentCaller.required()))
                .flatMap(found -> mongo.upsert(Query.query(Criteria.where("_id").is(found.getT2().organization())),
                        new Update().set("url", checked.toString()).set("secret", found.getT1())
                                .set("updatedAt", clock.instant()).set("updatedBy", found.getT2().subject()),
                        PublishingWebhook.class))
                .map(saved -> new SetPublishingWebhookPayload(saved, secret, List.of()))
                .onErrorResume(WebhookAddresses.WebhookRefused.class, e -> Mono.just(new SetPublishingWebhookPayload(
                        null, null, List.of(UserError.onInput(UserErrorCode.INVALID, e.getMessage(), "url")))));
    }
}
