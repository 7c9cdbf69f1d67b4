package io.carepulse.platform.events;

import java.time.Instant;

/**
 * One event of a stream, as subscribers receive it.
 *
 * @param organizationId the organisation it belongs to
 * @param key            what the stream is sequenced by (a session's ID, an organisation's slug)
 * @param sequence       from 1 per key, with no gaps
 * @param type           what happened, in the feature's words
 */
public record Event<P>(String organizationId, String stream, String key, long sequence, String type,
        Instant occurredAt, P payload) {
}
