package io.carepulse.audit;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Nodes;
import io.carepulse.platform.security.AccessRule;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code recentActivity}: what colleagues did lately, for every staff member's home page. Built
 * from the audit log (one entry per change, whatever its feature), staff actions only, and only
 * on objects the reader may see now: each target is looked up as the reader, and kept only when
 * its type's access rule admits them. Values are what the log keeps: enum values, never text.
 */
@Controller
class ActivityController {

    static final int FIRST_MAX = 50;
    /** Entries looked at for one answer: enough to fill a page when some targets are hidden. */
    static final int SCANNED_MAX = 200;

    /** GraphQL {@code ActivityItem}. */
    record ActivityItem(String id, String action, String actorSubject, List<AuditEntry.Change> changes,
            Object target, Instant at) {
    }

    private final TenantMongo mongo;
    private final Nodes nodes;
    private final Directory directory;

    ActivityController(TenantMongo mongo, Nodes nodes, Directory directory) {
        this.mongo = mongo;
        this.nodes = nodes;
        this.directory = directory;
    }

    @QueryMapping
    Mono<List<ActivityItem>> recentActivity(@Argument Integer first, DataFetchingEnvironment env) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > FIRST_MAX) {
            return Mono.error(new BadInputException("first must be between 1 and " + FIRST_MAX, "first"));
        }
        GraphQLSchema schema = env.getGraphQLSchema();
        Query query = Query.query(Criteria.where("targetId").ne(null)
                        .and("actorKind").ne(AuditEntry.ActorKind.PATIENT.name())
                        .and("actorSubject").not().regex(Pattern.compile("^" + Pattern.quote(
                                AuditEntry.PARTICIPANT_PREFIX))))
                .with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(SCANNED_MAX);
        return CurrentCaller.required().flatMap(caller -> mongo.find(query, AuditEntry.class)
                .filter(entry -> mayRead(schema, caller, entry.targetType()))
                .flatMapSequential(entry -> nodes.fetch(entry.targetId()).map(target -> new ActivityItem(
                        entry.id().toHexString(), entry.action(), entry.actorSubject(), entry.changes(), target,
                        entry.at())), 8)
                .take(size)
                .collectList());
    }

    @BatchMapping(typeName = "ActivityItem")
    Mono<Map<ActivityItem, User>> actor(List<ActivityItem> items) {
        return directory.usersOf(items, ActivityItem::actorSubject);
    }

    /** The target type's own rule, as wherever such objects are returned. */
    private static boolean mayRead(GraphQLSchema schema, Caller caller, String type) {
        GraphQLObjectType objectType = type == null ? null : schema.getObjectType(type);
        AccessRule rule = objectType == null ? null : AccessRule.of(objectType);
        return rule != null && rule.permits(caller);
    }
}
