package io.carepulse.platform.security;

/**
 * What a participant token grants: taking part in one live session, as one participant.
 *
 * @param sessionId     hex id of the live session the token was issued for
 * @param participantId hex id of the participant
 */
public record ParticipantGrant(String sessionId, String participantId) {
}
