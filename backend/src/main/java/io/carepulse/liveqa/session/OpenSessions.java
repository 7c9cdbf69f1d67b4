package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;

import io.carepulse.platform.security.ParticipantSessions;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether a participant token's session still accepts participants: it exists in the token's
 * organisation and has not ended. An ended session never reopens, so that answer is kept for
 * good; an open one is asked again after a few seconds, which bounds how long a token outlives
 * its session's end.
 */
@Component
public class OpenSessions implements ParticipantSessions {

    static final Duration RECHECK_OPEN_AFTER = Duration.ofSeconds(2);

    private final CrossTenantAccess access;
    private final ConcurrentMap<String, Long> openUntilNanos = new ConcurrentHashMap<>();
    private final java.util.Set<String> ended = ConcurrentHashMap.newKeySet();

    OpenSessions(CrossTenantAccess access) {
        this.access = access;
    }

    @Override
    public Mono<Boolean> isOpen(String organization, String sessionId) {
        String key = organization + "/" + sessionId;
        if (ended.contains(key)) {
            return Mono.just(false);
        }
        Long until = openUntilNanos.get(key);
        if (until != null && System.nanoTime() - until < 0) {
            return Mono.just(true);
        }
        if (!ObjectId.isValid(sessionId)) {
            return Mono.just(false);
        }
        return access.byIdInOrganization(organization, new ObjectId(sessionId), LiveSession.class)
                .map(session -> {
                    boolean open = session.status() != LiveSessionStatus.ENDED;
                    if (open) {
                        openUntilNanos.put(key, System.nanoTime() + RECHECK_OPEN_AFTER.toNanos());
                    } else {
                        openUntilNanos.remove(key);
                        ended.add(key);
                    }
                    return open;
                })
                .defaultIfEmpty(false);
    }

    /** Called when this instance ends a session, so its tokens stop working here at once. */
    void ended(LiveSession session) {
        String key = session.organizationId() + "/" + session.id().toHexString();
        openUntilNanos.remove(key);
        ended.add(key);
    }
}
