package io.carepulse.liveqa.events;

import graphql.GraphQLContext;
import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.audience.AudienceViews.AudienceEvent;
import io.carepulse.liveqa.session.JoinCodes;
import io.carepulse.liveqa.session.SessionModerators;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NotFoundException;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.subscriptions.SharedFeeds;
import io.carepulse.platform.subscriptions.SharedSubscription;
import io.carepulse.platform.tenancy.TenantMongo;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
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
public class LiveSubscriptions {

    private final TenantMongo mongo;
    private final EventHub hub;

    LiveSubscriptions(TenantMongo mongo, EventHub hub) {
        this.mongo = mongo;
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
     * The audience feed. Over WebSocket it is served by groups ({@link #audienceFeedShared}): a
     * member's own execution replays only what it missed, the group leader's execution carries the
     * live events; any other caller (SSE, literal arguments) gets both from this one execution.
     */
    @SubscriptionMapping
    Flux<AudienceEvent> liveAudienceFeed(@Argument String joinCode, @Argument Long afterSequence,
            GraphQLContext context) {
        return audienceSession(joinCode)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("Not a participant of this session")))
                .flatMapMany(session -> SharedFeeds.serve(context, afterSequence, feed(session.id()),
                        event -> AudienceEvent.of(LiveEvent.of(event))));
    }

    /** Participants of one session see the same feed: one group per session, placed by their join code. */
    @Bean
    static SharedSubscription audienceFeedShared(LiveSubscriptions subscriptions) {
        return new SharedSubscription("liveAudienceFeed", "joinCode", "afterSequence",
                joinCode -> subscriptions.audienceSession(String.valueOf(joinCode)).map(LiveSession::id));
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

    /** One session's event log, as a shared subscription reads it: it ends with the session. */
    private SharedFeeds.Source<Event<LiveEvent.Payload>> feed(ObjectId sessionId) {
        return hub.feed(LiveEventLog.STREAM, sessionId.toHexString(),
                event -> LiveEvent.Type.SESSION_ENDED.name().equals(event.type()));
    }
}
