package io.carepulse.survey;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code Survey} and the staff's survey queries. */
@Controller
class SurveyController {

    record SurveyFilter(List<Survey.Status> status, Survey.Kind kind, String search) {
    }

    private static final KeysetQuery<Survey> NEWEST_FIRST = KeysetQuery.byInstant("createdAt", Sort.Direction.DESC,
            Survey::createdAt, Survey::id);

    private final TenantMongo mongo;
    private final SurveyTallies tallies;
    private final Directory directory;

    SurveyController(TenantMongo mongo, SurveyTallies tallies, Directory directory) {
        this.mongo = mongo;
        this.tallies = tallies;
        this.directory = directory;
    }

    @QueryMapping
    Mono<Connection<Survey>> surveys(@Argument Integer first, @Argument String after, @Argument SurveyFilter filter,
            DataFetchingFieldSelectionSet selection) {
        return mongo.page(NEWEST_FIRST, criteria(filter), PageRequest.of(first, after),
                selection.contains("totalCount"), Survey.class);
    }

    private static Criteria criteria(SurveyFilter filter) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        if (filter.kind() != null) {
            criteria.and("kind").is(filter.kind());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            criteria.and("title").regex(Pattern.compile(Pattern.quote(filter.search().strip()),
                    Pattern.CASE_INSENSITIVE));
        }
        return criteria;
    }

    @QueryMapping
    Mono<Survey> survey(@Argument String id) {
        return mongo.findById(objectId(id), Survey.class);
    }

    @QueryMapping
    Mono<SurveyResults> surveyResults(@Argument String id) {
        return survey(id).flatMap(this::results);
    }

    private static ObjectId objectId(String id) {
        ObjectId objectId = GlobalId.objectId(id, Survey.TYPE);
        if (objectId == null) {
            throw new BadInputException("id is not a Survey ID", "id");
        }
        return objectId;
    }

    @SchemaMapping(typeName = "Survey")
    List<Survey.Status> allowedStatuses(Survey survey) {
        return List.of(Survey.Status.values()).stream().filter(survey.status().next()::contains).toList();
    }

    @SchemaMapping(typeName = "Survey")
    Mono<SurveyResults> results(Survey survey) {
        return tallies.current(survey.id()).map(tally -> SurveyResults.of(survey, tally));
    }

    @BatchMapping(typeName = "Survey")
    Mono<Map<Survey, User>> createdBy(List<Survey> surveys) {
        return directory.usersOf(surveys, Survey::createdBy);
    }

    @Bean
    static NodeFetcher<Survey> surveyNodes(TenantMongo mongo) {
        return NodeFetcher.byObjectId(Survey.TYPE, Survey::id, id -> mongo.findById(id, Survey.class));
    }
}
