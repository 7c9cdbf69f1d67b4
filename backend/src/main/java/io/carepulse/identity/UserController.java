package io.carepulse.identity;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code User}. */
@Controller
class UserController implements NodeFetcher {

    private final Directory directory;

    UserController(Directory directory) {
        this.directory = directory;
    }

    @SchemaMapping
    String id(User user) {
        return GlobalId.encode("User", user.subject());
    }

    @Override
    public String type() {
        return "User";
    }

    @Override
    public Mono<User> fetch(String subject) {
        return directory.user(subject);
    }
}
