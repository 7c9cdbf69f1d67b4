package io.carepulse.campaign;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.campaign.CampaignInputs.CampaignFilter;
import io.carepulse.campaign.CampaignInputs.CampaignOrder;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.segment.AudienceSegments;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code Campaign} and its queries. Segments and owners are batch-loaded: one query per page. */
@Controller
class CampaignController {

    private final Campaigns campaigns;
    private final AudienceSegments segments;
    private final Directory directory;

    CampaignController(Campaigns campaigns, AudienceSegments segments, Directory directory) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.directory = directory;
    }

    @QueryMapping
    Mono<Connection<Campaign>> campaigns(@Argument Integer first, @Argument String after, @Argument Integer last,
            @Argument String before, @Argument CampaignFilter filter, @Argument CampaignOrder orderBy,
            DataFetchingFieldSelectionSet selection) {
        return campaigns.page(filter, orderBy, PageRequest.of(first, after, last, before),
                selection.contains("totalCount"));
    }

    @QueryMapping
    Mono<Campaign> campaign(@Argument String id) {
        ObjectId objectId = GlobalId.objectId(id, Campaign.TYPE);
        if (objectId == null) {
            return Mono.error(new BadInputException("id is not a Campaign ID", "id"));
        }
        return campaigns.byId(objectId);
    }

    @SchemaMapping
    Set<CampaignStatus> allowedTransitions(Campaign campaign) {
        return campaign.status().next();
    }

    @SchemaMapping(typeName = "Money")
    Currency currency(Campaign.Money money) {
        return Currency.getInstance(money.currency());
    }

    @BatchMapping
    Mono<Map<Campaign, List<AudienceSegment>>> segments(List<Campaign> page) {
        Set<ObjectId> ids = page.stream().flatMap(c -> c.segmentIds().stream()).collect(Collectors.toSet());
        return segments.byIds(ids).map(found -> {
            Map<Campaign, List<AudienceSegment>> result = new LinkedHashMap<>();
            page.forEach(c -> result.put(c, c.segmentIds().stream().map(found::get).filter(Objects::nonNull).toList()));
            return result;
        });
    }

    @BatchMapping
    Mono<Map<Campaign, User>> owner(List<Campaign> page) {
        return directory.usersOf(page, Campaign::ownerSubject);
    }

    @Bean
    static NodeFetcher<Campaign> campaignNodes(Campaigns campaigns) {
        return NodeFetcher.byObjectId(Campaign.TYPE, Campaign::id, campaigns::byId);
    }
}
