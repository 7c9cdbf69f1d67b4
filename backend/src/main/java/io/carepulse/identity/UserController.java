package io.carepulse.identity;

import io.carepulse.platform.graphql.NodeFetcher;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code User}. */
@Controller
class UserController implements NodeFetcher<User> {

    private final Directory directory;

    UserController(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String type() {
        return "User";
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
