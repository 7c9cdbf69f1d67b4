package io.carepulse.identity;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.security.Role;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code User} and {@code Query.users}. */
@Controller
class UserController implements NodeFetcher<User> {

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

    @Override
    public String type() {
        return User.TYPE;
    }

    @Override
    public String key(User user) {
        return user.subject();
    }

    @Override
    public Mono<User> fetch(String subject) {
        return directory.user(subject);
    }
}
