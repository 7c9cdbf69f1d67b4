package io.carepulse.organization;

import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.TenantMongo;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Where every feature reads an organisation's settings from. */
@Component
public class OrganizationSettingsStore {

    private final TenantMongo mongo;
    private final CrossTenantAccess access;

    OrganizationSettingsStore(TenantMongo mongo, CrossTenantAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    /** The caller's organisation's settings, or the defaults. */
    public Mono<OrganizationSettings> current() {
        return mongo.tenant().flatMap(org -> mongo.findById(org, OrganizationSettings.class)
                .defaultIfEmpty(OrganizationSettings.defaults(org)));
    }

    /**
     * A named organisation's settings, for work done without a caller of that organisation
     * (someone joining with a join code, a maintenance job); the organisation must come from the
     * document being worked on.
     */
    public Mono<OrganizationSettings> of(String organization) {
        return access.byIdInOrganization(organization, organization, OrganizationSettings.class)
                .defaultIfEmpty(OrganizationSettings.defaults(organization));
    }
}
