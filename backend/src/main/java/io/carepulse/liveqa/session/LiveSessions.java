package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.OrderDirection;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.TextSearch;
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

    private final TenantMongo mongo;

    LiveSessions(TenantMongo mongo) {
        this.mongo = mongo;
    }

    /** A page of sessions, soonest scheduled first unless asked otherwise. */
    Mono<Connection<LiveSession>> page(LiveSessionInputs.LiveSessionFilter filter,
            LiveSessionInputs.LiveSessionOrder order, PageRequest page, boolean withTotal) {
        return mongo.page(keyset(order), criteria(filter), page, withTotal, LiveSession.class);
    }

    private static KeysetQuery<LiveSession> keyset(LiveSessionInputs.LiveSessionOrder order) {
        Sort.Direction direction = OrderDirection.of(order == null ? null : order.direction());
        LiveSessionInputs.LiveSessionOrderField field = order == null || order.field() == null
                ? LiveSessionInputs.LiveSessionOrderField.SCHEDULED_START : order.field();
        return switch (field) {
            case SCHEDULED_START -> KeysetQuery.byInstant("scheduledStart", direction, LiveSession::scheduledStart,
                    LiveSession::id);
            case TITLE -> KeysetQuery.byText("title", direction, LiveSession::title, LiveSession::id);
            case CREATED_AT -> KeysetQuery.byInstant("createdAt", direction, LiveSession::createdAt, LiveSession::id);
        };
    }

    private static Criteria criteria(LiveSessionInputs.LiveSessionFilter filter) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        if (filter.scheduledFrom() != null || filter.scheduledTo() != null) {
            Criteria start = criteria.and("scheduledStart");
            if (filter.scheduledFrom() != null) {
                start.gte(Date.from(filter.scheduledFrom()));
            }
            if (filter.scheduledTo() != null) {
                start.lt(Date.from(filter.scheduledTo()));
            }
        }
        TextSearch.anyFieldContains(criteria, filter.search(), "title", "description", "host.name");
        return criteria;
    }

    public Mono<LiveSession> byId(ObjectId id) {
        return mongo.findById(id, LiveSession.class);
    }
}
