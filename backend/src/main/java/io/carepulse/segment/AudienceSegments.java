package io.carepulse.segment;

import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.OrderDirection;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.mongo.TextSearch;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads of the caller's organisation's audience segments. Other features use this to resolve segment IDs. */
@Component
public class AudienceSegments {

    private final TenantMongo mongo;

    public AudienceSegments(TenantMongo mongo) {
        this.mongo = mongo;
    }

    public Mono<AudienceSegment> byId(ObjectId id) {
        return mongo.findById(id, AudienceSegment.class);
    }

    /** The segments among {@code ids} that exist in the caller's organisation, by id. */
    public Mono<Map<ObjectId, AudienceSegment>> byIds(Collection<ObjectId> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), AudienceSegment.class)
                .collectMap(AudienceSegment::id, Function.identity());
    }

    Mono<Connection<AudienceSegment>> page(SegmentInputs.AudienceSegmentFilter filter,
            SegmentInputs.AudienceSegmentOrder order, PageRequest request, boolean withTotal) {
        return mongo.page(keyset(order), criteria(filter), request, withTotal, AudienceSegment.class);
    }

    private static KeysetQuery<AudienceSegment> keyset(SegmentInputs.AudienceSegmentOrder order) {
        Sort.Direction direction = OrderDirection.of(order == null ? null : order.direction());
        SegmentInputs.AudienceSegmentOrderField field = order == null || order.field() == null
                ? SegmentInputs.AudienceSegmentOrderField.NAME : order.field();
        return switch (field) {
            case NAME -> KeysetQuery.byText("name", direction, AudienceSegment::name, AudienceSegment::id);
            case CREATED_AT -> KeysetQuery.byInstant("createdAt", direction, AudienceSegment::createdAt,
                    AudienceSegment::id);
            case UPDATED_AT -> KeysetQuery.byInstant("updatedAt", direction, AudienceSegment::updatedAt,
                    AudienceSegment::id);
        };
    }

    private static Criteria criteria(SegmentInputs.AudienceSegmentFilter filter) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.channel() != null) {
            criteria.and("preferredChannels").is(filter.channel());
        }
        TextSearch.anyFieldContains(criteria, filter.search(), "name", "description", "healthInterests");
        return criteria;
    }

    @Bean
    static IndexDeclaration audienceSegmentIndexes() {
        return IndexDeclaration.of(AudienceSegment.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("name", Sort.Direction.ASC).unique()
                        .named("organization_name_unique"));
    }
}
