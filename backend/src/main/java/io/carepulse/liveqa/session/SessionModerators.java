package io.carepulse.liveqa.session;

import graphql.GraphQLContext;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.platform.security.AccessRelation;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.types.ObjectId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who runs a live session: ADMINs, and the staff named as its moderators who hold the MODERATOR
 * role (a MODERATOR of the organisation who is not named is not one). Also the
 * {@code SESSION_MODERATOR} relation of the schema's access rules, which lets a session's
 * moderators read what its participants wrote.
 */
@Component
public class SessionModerators implements AccessRelation {

    /** How long one request or subscription trusts a session's moderator list before reading it again. */
    static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final String CACHE = SessionModerators.class.getName() + ".sessions";

    private final TenantMongo mongo;

    SessionModerators(TenantMongo mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "SESSION_MODERATOR";
    }

    /** Whether the caller is one of the named moderators of this session (ADMINs are not, by this alone). */
    static boolean isModerator(Caller caller, LiveSession session) {
        return caller.roles().contains(Role.MODERATOR) && session.moderatorSubjects() != null
                && session.moderatorSubjects().contains(caller.subject());
    }

    /** Whether the caller may run the session: start, end, moderate, follow its events. */
    static boolean mayRun(Caller caller, LiveSession session) {
        return caller.roles().contains(Role.ADMIN) || isModerator(caller, session);
    }

    /** The session, or FORBIDDEN when the caller may not run it. */
    public static Mono<LiveSession> requireRunner(Caller caller, LiveSession session) {
        return mayRun(caller, session) ? Mono.just(session)
                : Mono.error(new AccessDeniedException("Only this session's moderators and ADMINs may do this"));
    }

    @Override
    public Mono<Boolean> holds(Caller caller, Object source, GraphQLContext request) {
        if (!caller.roles().contains(Role.MODERATOR)) {
            return Mono.just(false);
        }
        if (source instanceof LiveSession session) {
            return Mono.just(isModerator(caller, session));
        }
        if (source instanceof LiveQuestion question) {
            return session(question.sessionId(), request).map(session -> isModerator(caller, session))
                    .defaultIfEmpty(false);
        }
        return Mono.just(false);
    }

    /** The session, read once per request (and at most every few seconds for a long subscription). */
    public Mono<LiveSession> session(ObjectId id, GraphQLContext request) {
        Map<ObjectId, Remembered> sessions = request.computeIfAbsent(CACHE, key -> new ConcurrentHashMap<>());
        long now = System.nanoTime();
        Remembered remembered = sessions.compute(id, (key, current) -> current != null && now - current.until < 0
                ? current
                : new Remembered(mongo.findById(id, LiveSession.class).cache(), now + REMEMBERED.toNanos()));
        return remembered.session;
    }

    private record Remembered(Mono<LiveSession> session, long until) {
    }
}
