package io.carepulse.identity;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.security.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code User} and {@code Query.users}. */
@Controller
class UserController {

    private final Directory directory;

    UserController(Directory directory) {
        this.directory = directory;
    }

    record UserFilter(Set<Role> roles) {
    }

    @QueryMapping
    Mono<Connection<User>> users(@Argument Integer first, @Argument String after, @Argument Integer last,
            @Argument String before, @Argument UserFilter filter, DataFetchingFieldSelectionSet selection) {
        return directory.page(filter == null ? null : filter.roles(), PageRequest.of(first, after, last, before),
                selection.contains("totalCount"));
    }

    @Bean
    static NodeFetcher<User> userNodes(Directory directory) {
        return NodeFetcher.of(User.TYPE, User::subject, directory::user);
    }
}
