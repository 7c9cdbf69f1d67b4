package io.carepulse.content;

import io.carepulse.campaign.Campaign;
import io.carepulse.content.ContentInputs.ContentFilter;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of the caller's organisation's content. */
@Component
public class Contents {

    static final int QUEUE_MAX = 200;

    private final TenantMongo mongo;

    Contents(TenantMongo mongo) {
        this.mongo = mongo;
    }

    public Mono<Content> byId(ObjectId id) {
        return mongo.findById(id, Content.class);
    }

    Mono<Connection<Content>> page(ContentFilter filter, PageRequest request, boolean withTotal) {
        return mongo.page(KeysetQuery.byInstant("updatedAt", Sort.Direction.DESC, Content::updatedAt, Content::id),
                criteria(filter), request, withTotal, Content.class);
    }

    /** The corrections of an item, newest first. */
    Flux<Content> correctionsOf(ObjectId original) {
        return mongo.find(Query.query(Criteria.where("correctionOf").is(original))
                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")), Content.class);
    }

    /** Items waiting in a status, oldest change first. */
    Flux<Content> waitingIn(ContentStatus status) {
        return mongo.find(Query.query(Criteria.where("status").is(status))
                .with(Sort.by(Sort.Direction.ASC, "updatedAt", "_id")).limit(QUEUE_MAX), Content.class);
    }

    private static Criteria criteria(ContentFilter filter) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        if (filter.format() != null) {
            criteria.and("format").is(filter.format());
        }
        if (filter.campaignId() != null) {
            ObjectId campaign = GlobalId.objectId(filter.campaignId(), Campaign.TYPE);
            if (campaign == null) {
                throw new BadInputException("Choose a campaign from the list", "filter", "campaignId");
            }
            criteria.and("campaignId").is(campaign);
        }
        if (filter.topic() != null) {
            criteria.and("topics").is(filter.topic());
        }
        if (filter.openTakedowns() != null) {
            // On an array, $ne means no element has it.
            Criteria takedowns = criteria.and("takedowns.state");
            if (filter.openTakedowns()) {
                takedowns.is(Content.TakedownState.OPEN);
            } else {
                takedowns.ne(Content.TakedownState.OPEN);
            }
        }
        TextSearch.anyFieldContains(criteria, filter.search(), "title", "body");
        return criteria;
    }

    /** A post taken down by CarePulse still waits for a person to confirm it is gone from a channel. */
    static boolean hasOpenTakedown(Content content) {
        return content.takedowns().stream().anyMatch(t -> t.state() == Content.TakedownState.OPEN);
    }

    @Bean
    static IndexDeclaration contentIndexes() {
        return IndexDeclaration.of(Content.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC),
                new Index().on("organizationId", Sort.Direction.ASC).on("status", Sort.Direction.ASC),
                new Index().on("organizationId", Sort.Direction.ASC).on("correctionOf", Sort.Direction.ASC),
                // Engagement figures name a post by the platform's ID: analytics finds its content by it.
                new Index().on("organizationId", Sort.Direction.ASC).on("publications.postId", Sort.Direction.ASC));
    }
}
