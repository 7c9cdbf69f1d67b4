package io.carepulse.liveqa;

import graphql.GraphQLContext;
import io.carepulse.liveqa.AudienceViews.AudienceEvent;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NotFoundException;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code liveSessionEvents} for moderators and {@code liveAudienceFeed} for participants. Both
 * read one session's event log: with {@code afterSequence}, first what the client missed (from
 * MongoDB), then live events (from this instance's {@link EventHub}), each exactly once and
 * in sequence order.
 */
@Controller
class LiveSubscriptions {

    private final TenantMongo mongo;
    private final LiveEventLog log;
    private final EventHub hub;

    LiveSubscriptions(TenantMongo mongo, LiveEventLog log, EventHub hub) {
        this.mongo = mongo;
        this.log = log;
        this.hub = hub;
    }

    @SubscriptionMapping
    Flux<LiveEvent> liveSessionEvents(@Argument String sessionId, @Argument Long afterSequence) {
        ObjectId id = GlobalId.objectId(sessionId, LiveSession.TYPE);
        if (id == null) {
            return Flux.error(new NotFoundException("No live session with this ID", "sessionId"));
        }
        return mongo.findById(id, LiveSession.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No live session with this ID", "sessionId")))
                .flatMap(session -> CurrentCaller.required()
                        .flatMap(caller -> SessionModerators.requireRunner(caller, session)))
                .flatMapMany(session -> events(session.id(), afterSequence));
    }

    /**
     * The audience feed. Over WebSocket, {@link AudienceFeedFanOut} serves it by groups: a
     * member's own execution replays only what it missed, the group leader's execution carries
     * the live events; any other caller (SSE, literal arguments) gets both from this one execution.
     */
    @SubscriptionMapping
    Flux<AudienceEvent> liveAudienceFeed(@Argument String joinCode, @Argument Long afterSequence,
            GraphQLContext context) {
        AudienceFeedFanOut.Replay replay = context.get(AudienceFeedFanOut.MEMBER);
        AudienceFeedFanOut.Leader leader = context.get(AudienceFeedFanOut.LEADER);
        return audienceSession(joinCode)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("Not a participant of this session")))
                .flatMapMany(session -> {
                    if (leader != null) {
                        return events(session.id(), null).doOnSubscribe(s -> leader.listening());
                    }
                    if (replay != null) {
                        return (afterSequence == null ? Flux.<LiveEvent>empty() : log.after(session.id(), afterSequence))
                                .doOnNext(event -> {
                                    replay.last = event.sequence();
                                    replay.ended |= event.type() == LiveEvent.Type.SESSION_ENDED;
                                });
                    }
                    return events(session.id(), afterSequence);
                })
                .takeUntil(event -> event.type() == LiveEvent.Type.SESSION_ENDED)
                .mapNotNull(event -> {
                    AudienceEvent visible = AudienceEvent.of(event);
                    if (visible != null && leader != null) {
                        leader.emitting(event.sequence());
                    }
                    return visible;
                });
    }

    /** The session with this join code, if the caller is a participant of it (and of nothing else). */
    Mono<LiveSession> audienceSession(String joinCode) {
        return CurrentCaller.get().filter(caller -> caller.isParticipant()).flatMap(caller -> mongo.findOne(
                        Query.query(Criteria.where("joinCode").is(JoinCodes.normalise(joinCode))), LiveSession.class)
                // A participant follows only the session its token was issued for.
                .filter(session -> session.id().toHexString().equals(caller.participant().sessionId())));
    }

    /** Missed events, then live ones, without gap or duplicate (see {@link EventHub#follow}). */
    private Flux<LiveEvent> events(ObjectId sessionId, Long afterSequence) {
        return hub.follow(LiveEventLog.STREAM, sessionId.toHexString(), afterSequence).map(LiveEvent::of);
    }
}
