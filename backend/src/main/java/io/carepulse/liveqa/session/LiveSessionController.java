package io.carepulse.liveqa.session;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code LiveSession} and its queries; the reads are {@link LiveSessions}. */
@Controller
public class LiveSessionController {

    private final LiveSessions sessions;
    private final Directory directory;

    LiveSessionController(LiveSessions sessions, Directory directory) {
        this.sessions = sessions;
        this.directory = directory;
    }

    @QueryMapping
    Mono<Connection<LiveSession>> liveSessions(@Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument LiveSessionInputs.LiveSessionFilter filter,
            @Argument LiveSessionInputs.LiveSessionOrder orderBy, DataFetchingFieldSelectionSet selection) {
        return sessions.page(filter, orderBy, PageRequest.of(first, after, last, before), selection.contains("totalCount"));
    }

    @QueryMapping
    Mono<LiveSession> liveSession(@Argument String id) {
        ObjectId objectId = GlobalId.objectId(id, LiveSession.TYPE);
        if (objectId == null) {
            return Mono.error(new BadInputException("id is not a LiveSession ID", "id"));
        }
        return sessions.byId(objectId);
    }

    @SchemaMapping
    Set<LiveSessionStatus> allowedTransitions(LiveSession session) {
        return session.status().next();
    }

    @SchemaMapping
    Mono<Boolean> viewerCanModerate(LiveSession session) {
        return CurrentCaller.required().map(caller -> SessionModerators.mayRun(caller, session));
    }

    @BatchMapping
    Mono<Map<LiveSession, List<User>>> moderators(List<LiveSession> sessions) {
        List<String> subjects = sessions.stream().flatMap(s -> s.moderatorSubjects().stream()).distinct().toList();
        return directory.usersOf(subjects, subject -> subject).map(users -> {
            Map<LiveSession, List<User>> result = new LinkedHashMap<>();
            sessions.forEach(s -> result.put(s, s.moderatorSubjects().stream().map(users::get).toList()));
            return result;
        });
    }

    @Bean
    static NodeFetcher<LiveSession> liveSessionNodes(LiveSessions sessions) {
        return NodeFetcher.byObjectId(LiveSession.TYPE, LiveSession::id, sessions::byId);
    }

    @Bean
    static IndexDeclaration liveSessionIndexes() {
        // Join codes are looked up without a tenant (the audience has none), so they are unique everywhere.
        return IndexDeclaration.of(LiveSession.COLLECTION,
                new Index().on("joinCode", Sort.Direction.ASC).unique().named("join_code_unique"),
                new Index().on("organizationId", Sort.Direction.ASC).on("scheduledStart", Sort.Direction.ASC));
    }
}
