package io.carepulse.campaign;

import io.carepulse.campaign.CampaignInputs.CampaignFilter;
import io.carepulse.campaign.CampaignInputs.CampaignOrder;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.OrderDirection;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.mongo.TextSearch;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads of the caller's organisation's campaigns; {@link #byId} is for other features (content links a campaign). */
@Component
public class Campaigns {

    private final TenantMongo mongo;

    Campaigns(TenantMongo mongo) {
        this.mongo = mongo;
    }

    public Mono<Campaign> byId(ObjectId id) {
        return mongo.findById(id, Campaign.class);
    }

    Mono<Connection<Campaign>> page(CampaignFilter filter, CampaignOrder order, PageRequest request,
            boolean withTotal) {
        return mongo.page(keyset(order), criteria(filter), request, withTotal, Campaign.class);
    }

    private static KeysetQuery<Campaign> keyset(CampaignOrder order) {
        Sort.Direction direction = OrderDirection.of(order == null ? null : order.direction());
        CampaignInputs.CampaignOrderField field = order == null || order.field() == null
                ? CampaignInputs.CampaignOrderField.NAME : order.field();
        return switch (field) {
            case NAME -> KeysetQuery.byText("name", direction, Campaign::name, Campaign::id);
            case START_DATE -> KeysetQuery.byText("startDate", direction, c -> c.startDate().toString(), Campaign::id);
            case CREATED_AT -> KeysetQuery.byInstant("createdAt", direction, Campaign::createdAt, Campaign::id);
            case UPDATED_AT -> KeysetQuery.byInstant("updatedAt", direction, Campaign::updatedAt, Campaign::id);
        };
    }

    private static Criteria criteria(CampaignFilter filter) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        if (filter.objective() != null) {
            criteria.and("objective").is(filter.objective());
        }
        if (filter.channel() != null) {
            criteria.and("channels").is(filter.channel());
        }
        if (filter.activeOn() != null) {
            String day = filter.activeOn().toString();
            criteria.and("startDate").lte(day);
            criteria.andOperator(new Criteria().orOperator(Criteria.where("endDate").gte(day),
                    Criteria.where("endDate").is(null)));
        }
        TextSearch.anyFieldContains(criteria, filter.search(), "name", "description", "hashtags");
        return criteria;
    }

    @Bean
    static IndexDeclaration campaignIndexes() {
        return IndexDeclaration.of(Campaign.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("name", Sort.Direction.ASC).unique()
                        .named("organization_name_unique"),
                new Index().on("organizationId", Sort.Direction.ASC).on("startDate", Sort.Direction.ASC),
                new Index().on("organizationId", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC),
                new Index().on("organizationId", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC),
                new Index().on("organizationId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    }
}
