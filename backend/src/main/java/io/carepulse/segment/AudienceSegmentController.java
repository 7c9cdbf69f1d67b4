package io.carepulse.segment;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code AudienceSegment} and its queries. */
@Controller
class AudienceSegmentController {

    private final AudienceSegments segments;

    AudienceSegmentController(AudienceSegments segments) {
        this.segments = segments;
    }

    @QueryMapping
    Mono<Connection<AudienceSegment>> audienceSegments(@Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument SegmentInputs.AudienceSegmentFilter filter,
            @Argument SegmentInputs.AudienceSegmentOrder orderBy, DataFetchingFieldSelectionSet selection) {
        return segments.page(filter, orderBy, PageRequest.of(first, after, last, before), selection.contains("totalCount"));
    }

    @QueryMapping
    Mono<AudienceSegment> audienceSegment(@Argument String id) {
        ObjectId objectId = GlobalId.objectId(id, AudienceSegment.TYPE);
        if (objectId == null) {
            return Mono.error(new BadInputException("id is not an AudienceSegment ID", "id"));
        }
        return segments.byId(objectId);
    }

    @SchemaMapping
    List<Locale> languages(AudienceSegment segment) {
        return segment.languages() == null ? List.of()
                : segment.languages().stream().map(Locale::forLanguageTag).toList();
    }

    @Bean
    static NodeFetcher<AudienceSegment> audienceSegmentNodes(AudienceSegments segments) {
        return NodeFetcher.byObjectId(AudienceSegment.TYPE, AudienceSegment::id, segments::byId);
    }
}
