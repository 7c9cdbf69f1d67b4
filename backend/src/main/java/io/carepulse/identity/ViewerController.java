package io.carepulse.identity;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.CurrentCaller;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code Viewer} and {@code Query.viewer}. */
@Controller
class ViewerController {

    private final Directory directory;

    ViewerController(Directory directory) {
        this.directory = directory;
    }

    @QueryMapping
    Mono<Viewer> viewer() {
        return CurrentCaller.required().flatMap(caller -> directory.remember(caller)
                .thenReturn(new Viewer(GlobalId.encode("User", caller.subject()), caller.email(), caller.name(),
                        caller.organization(), caller.roles(), caller.scopes())));
    }

    @SchemaMapping
    Mono<Organization> organization(Viewer viewer) {
        return directory.ownOrganization();
    }
}
