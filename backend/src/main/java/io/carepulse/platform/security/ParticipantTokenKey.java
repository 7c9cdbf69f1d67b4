package io.carepulse.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The HMAC key participant tokens are signed with. Every instance of the API must verify
 * tokens any other instance issued, so the key is either configured
 * ({@code PARTICIPANT_TOKEN_SECRET}, base64 of at least 32 bytes) or generated once and kept in
 * MongoDB: the first instance to start inserts a random key, the others read that one. It is
 * never logged and never committed.
 */
final class ParticipantTokenKey {

    static final String COLLECTION = "platform_secrets";
    private static final String ID = "participant-token-key";
    private static final int KEY_BYTES = 32;

    private ParticipantTokenKey() {
    }

    /** Loads (or creates) the key; called once at startup, on the main thread. */
    static SecretKey load(String configured, ReactiveMongoTemplate mongo) {
        byte[] key;
        if (configured != null && !configured.isBlank()) {
            key = Base64.getDecoder().decode(configured.strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("PARTICIPANT_TOKEN_SECRET must be base64 of at least 32 bytes");
            }
        } else {
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            // Insert-if-absent in one atomic upsert: concurrent first starts agree on one key.
            Document stored = mongo.findAndModify(Query.query(Criteria.where("_id").is(ID)),
                            new Update().setOnInsert("key", Base64.getEncoder().encodeToString(fresh)),
                            FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                    .block();
            if (stored == null || stored.getString("key") == null) {
                throw new IllegalStateException("Could not load the participant token key from MongoDB");
            }
            key = Base64.getDecoder().decode(stored.getString("key"));
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }
}
