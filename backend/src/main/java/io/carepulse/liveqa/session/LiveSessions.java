package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.Date;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads of live sessions, always within the caller's organisation. */
@Component
public class LiveSessions {

    private static final KeysetQuery<LiveSession> BY_SCHEDULE = new KeysetQuery<>("scheduledStart",
            Sort.Direction.ASC, v -> new Date(Long.parseLong(v)),
            s -> String.valueOf(s.scheduledStart().toEpochMilli()), LiveSession::id);

    private final TenantMongo mongo;

    LiveSessions(TenantMongo mongo) {
        this.mongo = mongo;
    }

    /** A page of sessions by scheduled start, optionally of some statuses only. */
    Mono<Connection<LiveSession>> page(LiveSessionInputs.LiveSessionFilter filter, PageRequest page,
            boolean withTotal) {
        Criteria criteria = new Criteria();
        if (filter != null && filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        return mongo.page(BY_SCHEDULE, criteria, page, withTotal, LiveSession.class);
    }

    public Mono<LiveSession> byId(ObjectId id) {
        return mongo.findById(id, LiveSession.class);
    }
}
