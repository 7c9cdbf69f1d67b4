package io.carepulse.content;

import io.carepulse.platform.crypto.Digests;

/**
 * The fingerprint of exactly what a reviewer approved: title, body, format, channel texts, media,
 * citations, purpose and consents. An approval names it, and a step that needs the approval
 * (scheduling, publishing) compares it with the item as it is.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Content content) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, content.title());
        field(canonical, content.body());
        field(canonical, content.format().name());
        content.variants().forEach(v -> field(canonical, v.channel() + "=" + v.text()));
        content.media().forEach(m -> field(canonical, m.kind() + "|" + m.url() + "|" + m.altText() + "|"
                + m.captionsUrl() + "|" + m.transcript()));
        content.citations().forEach(c -> field(canonical, c.title() + "|" + c.url()));
        field(canonical, String.valueOf(content.purpose()));
        content.consentIds().forEach(id -> field(canonical, id.toHexString()));
        return Digests.sha256Hex(canonical.toString());
    }

    /** Length-prefixed, so no two different items read the same. */
    private static void field(StringBuilder out, String value) {
        String text = value == null ? "" : value;
        out.append(text.length()).append(':').append(text).append(';');
    }
}
