package io.carepulse.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bson.types.ObjectId;

/**
 * Position after which a page starts: the sort value of the last row seen and its id (the
 * tie-breaker). Opaque to clients: base64url of {@code sortValue|objectId}.
 */
public record Cursor(String sortValue, ObjectId id) {

    public String encode() {
        String raw = (sortValue == null ? "" : sortValue) + "|" + id.toHexString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor of the {@code after} argument; a malformed one is a {@link BadInputException}. */
    public static Cursor decode(String cursor, String argument) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            String id = raw.substring(bar + 1);
            if (bar < 0 || !ObjectId.isValid(id)) {
                throw new IllegalArgumentException();
            }
            return new Cursor(raw.substring(0, bar), new ObjectId(id));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(argument + " is not a cursor returned by this connection", argument);
        }
    }
}
