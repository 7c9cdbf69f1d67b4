package io.carepulse.consent;

import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.bson.types.ObjectId;
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

    enum Kind { SIGN, REVOKE }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantMongo mongo;
    private final CrossTenantAccess access;
    private final Clock clock;

    ConsentLinks(TenantMongo mongo, CrossTenantAccess access, Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.clock = clock;
    }

    /** A new link of the caller's organisation to {@code target}: the token, which is not kept. */
    Mono<String> issue(Kind kind, ObjectId target, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Document("consent_links")
    record Link(@Id String id, String organizationId, Kind kind, ObjectId target, Instant expiresAt, Instant usedAt)
            implements TenantOwned {
    }
}
