package io.carepulse.identity;

import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.security.CurrentCaller;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL type {@code Organization}. A caller sees only its own. */
@Controller
class OrganizationController {

    private final Directory directory;

    OrganizationController(Directory directory) {
        this.directory = directory;
    }

    @SchemaMapping
    String slug(Organization organization) {
        return organization.id();
    }

    /** Only the caller's own organisation is found. */
    @Bean
    static NodeFetcher<Organization> organizationNodes(Directory directory) {
        return NodeFetcher.of("Organization", Organization::id, slug -> CurrentCaller.required()
                .filter(caller -> caller.organization().equals(slug))
                .flatMap(caller -> directory.ownOrganization()));
    }
}
