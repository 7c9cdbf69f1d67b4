package io.carepulse.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bson.types.ObjectId;

/**
 * Opaque global IDs of {@code Node} objects: base64url of {@code Type:key}. Clients must treat
 * them as opaque; the encoding only saves the server a lookup table.
 */
public record GlobalId(String type, String key) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static String encode(String type, String key) {
        return ENCODER.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String type, ObjectId id) {
        return encode(type, id.toHexString());
    }

    public String encoded() {
        return encode(type, key);
    }

    /** Decodes any well-formed global ID, whatever its type; {@code null} when malformed. */
    public static GlobalId parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 512) {
            return null;
        }
        try {
            String raw = new String(DECODER.decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0 || colon == raw.length() - 1) {
                return null;
            }
            return new GlobalId(raw.substring(0, colon), raw.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The ObjectId of a global ID of the given type; {@code null} when malformed or of another type. */
    public static ObjectId objectId(String id, String expectedType) {
        GlobalId parsed = parse(id);
        if (parsed == null || !parsed.type().equals(expectedType) || !ObjectId.isValid(parsed.key())) {
            return null;
        }
        return new ObjectId(parsed.key());
    }
}
