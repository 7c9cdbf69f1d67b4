package io.carepulse.audit;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.Nodes;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code AuditEntry} and {@code Query.auditLog}, newest first. */
@Controller
class AuditLogController {

    private static final KeysetQuery<AuditEntry> NEWEST_FIRST = KeysetQuery.byInstant("at", Sort.Direction.DESC,
            AuditEntry::at, AuditEntry::id);

    private final TenantMongo mongo;
    private final Directory directory;
    private final Nodes nodes;

    AuditLogController(TenantMongo mongo, Directory directory, Nodes nodes) {
        this.mongo = mongo;
        this.directory = directory;
        this.nodes = nodes;
    }

    record AuditLogFilter(String action, List<String> actions, String targetId, String targetType, String actorId,
            AuditEntry.ActorKind actorKind, Instant since, Instant until) {
    }

    @QueryMapping
    Mono<Connection<AuditEntry>> auditLog(@Argument Integer first, @Argument String after, @Argument Integer last,
            @Argument String before, @Argument AuditLogFilter filter, DataFetchingFieldSelectionSet selection) {
        return mongo.page(NEWEST_FIRST, criteria(filter), PageRequest.of(first, after, last, before),
                selection.contains("totalCount"), AuditEntry.class);
    }

    @BatchMapping
    Mono<Map<AuditEntry, User>> actor(List<AuditEntry> entries) {
        return directory.usersOf(entries, AuditEntry::actorSubject);
    }

    @SchemaMapping
    AuditEntry.ActorKind actorKind(AuditEntry entry) {
        return entry.kind();
    }

    /** Looked up now, as the reader may see it: the schema's type rules hide what they may not. */
    @SchemaMapping
    Mono<Object> target(AuditEntry entry) {
        return nodes.fetch(entry.targetId());
    }

    @Bean
    static NodeFetcher<AuditEntry> auditEntryNodes(TenantMongo mongo) {
        return NodeFetcher.byObjectId(AuditEntry.TYPE, AuditEntry::id, id -> mongo.findById(id, AuditEntry.class));
    }

    private static Criteria criteria(AuditLogFilter filter) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.action() != null) {
            criteria.and("action").is(filter.action());
        } else if (filter.actions() != null && !filter.actions().isEmpty()) {
            criteria.and("action").in(filter.actions());
        }
        if (filter.targetType() != null) {
            criteria.and("targetType").is(filter.targetType());
        }
        if (filter.actorKind() != null) {
            // Entries written before the kind was recorded tell members of the public by their subject.
            Pattern participant = Pattern.compile("^" + Pattern.quote(AuditEntry.PARTICIPANT_PREFIX));
            // In its own clause: the actor filter may name actorSubject too.
            Criteria kind = switch (filter.actorKind()) {
                case AUDIENCE -> Criteria.where("actorSubject").regex(participant);
                case CLIENT -> Criteria.where("actorKind").is(AuditEntry.ActorKind.CLIENT.name());
                case PATIENT -> Criteria.where("actorKind").is(AuditEntry.ActorKind.PATIENT.name());
                case STAFF -> new Criteria().andOperator(Criteria.where("actorSubject").not().regex(participant),
                        Criteria.where("actorKind").nin(AuditEntry.ActorKind.CLIENT.name(),
                                AuditEntry.ActorKind.PATIENT.name()));
            };
            criteria.andOperator(kind);
        }
        if (filter.targetId() != null) {
            criteria.and("targetId").is(filter.targetId());
        }
        if (filter.actorId() != null) {
            GlobalId actor = GlobalId.parse(filter.actorId());
            if (actor == null || !actor.type().equals("User")) {
                throw new BadInputException("filter.actorId is not a User ID", "filter", "actorId");
            }
            criteria.and("actorSubject").is(actor.key());
        }
        if (filter.since() != null || filter.until() != null) {
            Criteria at = criteria.and("at");
            if (filter.since() != null) {
                at.gte(Date.from(filter.since()));
            }
            if (filter.until() != null) {
                at.lt(Date.from(filter.until()));
            }
        }
        return criteria;
    }

    @Bean
    static IndexDeclaration auditIndexes() {
        return IndexDeclaration.of(AuditEntry.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("at", Sort.Direction.DESC),
                new Index().on("organizationId", Sort.Direction.ASC).on("targetId", Sort.Direction.ASC));
    }
}
