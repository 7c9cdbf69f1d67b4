package io.carepulse.platform.limits;

import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.ParticipantTokens;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** The three kinds of caller, each with its own limits. */
public enum CallerKind {
    ANONYMOUS, PARTICIPANT, STAFF;

    /** From a request's Authorization header alone, before the token is verified. */
    static CallerKind claimedBy(HttpHeaders headers) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return ANONYMOUS;
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        return ParticipantTokens.claimsToBeOne(token) ? PARTICIPANT : STAFF;
    }

    static CallerKind of(Optional<Caller> caller) {
        return caller.isEmpty() ? ANONYMOUS : caller.get().isParticipant() ? PARTICIPANT : STAFF;
    }

    LimitSettings.Tier tier(LimitSettings settings) {
        return switch (this) {
            case ANONYMOUS -> settings.anonymous();
            case PARTICIPANT -> settings.participant();
            case STAFF -> settings.staff();
        };
    }
}
