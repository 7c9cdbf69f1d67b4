package io.carepulse.platform.security;

import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.crypto.KeyFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC keys participant tokens are signed and verified with, each with a key ID derived
 * from the key itself (the first 16 hex digits of its SHA-256), which every token names in its
 * header. The first key signs; all of them verify. So the key rotates without signing anyone
 * out: put the new key first, keep the old one until the tokens it signed have expired (a day),
 * then drop it.
 *
 * <p>The keys come from {@code PARTICIPANT_TOKEN_SECRET} (base64 keys of at least 32 bytes,
 * comma-separated), required in production; in development, from a file (one key per line)
 * generated at first start and readable by its owner only. Never from the database, never
 * logged, never committed.
 */
record ParticipantTokenKeys(String signingKeyId, Map<String, SecretKey> keys) {

    static final int KEY_BYTES = 32;

    ParticipantTokenKeys {
        keys = Map.copyOf(keys);
    }

    SecretKey signingKey() {
        return keys.get(signingKeyId);
    }

    /** Keys from the setting, or else from the development key file (created when missing). */
    static ParticipantTokenKeys load(String configured, Path developmentFile) {
        if (configured != null && !configured.isBlank()) {
            return of(List.of(configured.split(",")), "PARTICIPANT_TOKEN_SECRET");
        }
        String file = KeyFiles.readOrCreate(developmentFile, ParticipantTokenKeys::newKey, "participant token key");
        return of(List.of(file.split("\\R")), developmentFile.toString());
    }

    static ParticipantTokenKeys of(List<String> encoded, String source) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String first = null;
        for (String value : encoded) {
            if (value.isBlank()) {
                continue;
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " holds a key that is not base64");
            }
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException(source + " holds a key shorter than " + KEY_BYTES + " bytes");
            }
            String id = keyId(key);
            keys.putIfAbsent(id, new SecretKeySpec(key, "HmacSHA256"));
            first = first == null ? id : first;
        }
        if (first == null) {
            throw new IllegalStateException(source + " holds no key");
        }
        return new ParticipantTokenKeys(first, keys);
    }

    static String keyId(byte[] key) {
        return HexFormat.of().formatHex(Digests.sha256(key), 0, 8);
    }

    /** Base64 of a new random key, as the setting and the file hold it. */
    static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
