package io.carepulse.platform.security;

import reactor.core.publisher.Mono;

/**
 * Tells whether the live session a participant token was issued for still accepts its
 * participants. Implemented by the live Q&A feature; asked when a participant token is
 * presented, so a token stops working as soon as its session ends.
 */
public interface ParticipantSessions {

    /** True while the session of {@code organization} with this hex id exists and has not ended. */
    Mono<Boolean> isOpen(String organization, String sessionId);
}
