package io.carepulse.consent;

import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.crypto.RandomTokens;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Clock;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one-time links a patient gets: to sign a request, and to revoke the consent they signed.
 * A link is 256 random bits, given once and kept only as its SHA-256, the entry's {@code _id}
 * (found by a unique-key lookup, across organisations, as a capability). A link expires, and is
 * used once ({@code usedAt}); an unknown, expired or used link are all simply not found.
 */
@Component
class ConsentLinks {

    /** What a link is for, and the public page that opens it. */
    enum Kind {
        SIGN("/consent"), REVOKE("/consent/revoke");

        private final String page;

        Kind(String page) {
            this.page = page;
        }
    }

    private final TenantMongo mongo;
    private final CrossTenantAccess access;
    private final Clock clock;
    private final String publicUrl;

    ConsentLinks(TenantMongo mongo, CrossTenantAccess access, Clock clock,
            @Value("${carepulse.public-url}") String publicUrl) {
        this.mongo = mongo;
        this.access = access;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new link (see {@link #issue}) as the address to give the patient: the token in its fragment. */
    Mono<String> issueLink(Kind kind, ObjectId target, Instant expiresAt) {
        return issue(kind, target, expiresAt).map(token -> publicUrl + kind.page + "#" + token);
    }

    /** A new link of the caller's organisation to {@code target}: the token, which is not kept. */
    Mono<String> issue(Kind kind, ObjectId target, Instant expiresAt) {
        String token = RandomTokens.urlSafe(32);
        return PendingAudit.outside(mongo.insert(org -> new Link(hash(token), org, kind, target, expiresAt, null)))
                .thenReturn(token);
    }

    /** The live link of {@code kind} a token opens, whatever its organisation; empty if none. */
    Mono<Link> open(Kind kind, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        return access.byCapability("_id", hash(token.strip()), Link.class)
                .filter(link -> link.kind() == kind && link.usedAt() == null && now.isBefore(link.expiresAt()));
    }

    /** Marks a link used, once: false if it was used already. */
    Mono<Boolean> use(Link link) {
        return access.updateInOrganization(link.organizationId(), Query.query(Criteria.where("_id").is(link.id())
                        .and("usedAt").is(null)), new Update().set("usedAt", clock.instant()), Link.class)
                .map(changed -> changed == 1);
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }

    @Document("consent_links")
    record Link(@Id String id, String organizationId, Kind kind, ObjectId target, Instant expiresAt, Instant usedAt)
            implements TenantOwned {
    }
}
