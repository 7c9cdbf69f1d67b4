package io.carepulse.analytics;

import org.bson.types.ObjectId;

/**
 * What a figure is about, as its series and roll-ups name it: {@code c:<content ID>} for a post of
 * CarePulse content, {@code x:<the platform's post ID>} for a post CarePulse did not publish, or
 * {@code page} for the organisation's page (followers).
 */
final class PostKey {

    static final String PAGE = "page";

    private PostKey() {
    }

    static String content(ObjectId contentId) {
        return "c:" + contentId.toHexString();
    }

    static String external(String postId) {
        return "x:" + postId;
    }

    /** The content a key names, else null. */
    static ObjectId contentId(String key) {
        return key.startsWith("c:") ? new ObjectId(key.substring(2)) : null;
    }

    /** The platform's post ID a key names (a post published outside CarePulse), else null. */
    static String externalId(String key) {
        return key.startsWith("x:") ? key.substring(2) : null;
    }

    /** A key as a field name: MongoDB reads dots as paths and dollars as operators. */
    static String field(String key) {
        return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String fromField(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
