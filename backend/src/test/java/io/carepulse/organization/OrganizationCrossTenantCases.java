package io.carepulse.organization;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.CrossTenantCases;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Settings are always the caller's own organisation's. */
@Component
class OrganizationCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        return Prepared.of(Map.of(
                "organizationSettings", new Case("organizationSettings", Map.of(),
                        body -> assertThat(data(body, "organizationSettings.version")).isNotNull()),
                // A stale version changes nothing anywhere.
                "updateOrganizationSettings", new Case("updateOrganizationSettings", Map.of("input",
                        Map.of("expectedVersion", 999, "questionRetentionDays", 1)),
                        body -> assertThat(data(body, "updateOrganizationSettings.userErrors.0.code"))
                                .isEqualTo("CONFLICT"))));
    }
}
