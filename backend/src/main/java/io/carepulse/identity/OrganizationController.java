package io.carepulse.identity;

import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.security.CurrentCaller;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code Organization}. A caller sees only its own. */
@Controller
class OrganizationController implements NodeFetcher<Organization> {

    private final Directory directory;

    OrganizationController(Directory directory) {
        this.directory = directory;
    }

    @SchemaMapping
    String slug(Organization organization) {
        return organization.id();
    }

    @Override
    public String type() {
        return "Organization";
    }

    @Override
    public String key(Organization organization) {
        return organization.id();
    }

    @Override
    public Mono<Organization> fetch(String slug) {
        return CurrentCaller.required()
                .filter(caller -> caller.organization().equals(slug))
                .flatMap(caller -> directory.organization(slug));
    }
}
