package io.carepulse.identity;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.TestTokens;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who is who: another organisation's viewer and users answer with their own organisation only. */
@Component
class IdentityCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        // Seen once (as the SPA signs in), Riverside's moderator is a User of the directory.
        Map<String, Object> seen = world.raw().post(TestTokens.staff(RIVERSIDE, Role.MODERATOR), "viewer", Map.of());
        return Prepared.of(Map.of(
                        "viewer", new Case("viewer", Map.of(),
                                body -> assertThat(data(body, "viewer.organization.slug")).isEqualTo("lakeside-clinic")),
                        "users", new Case("users", Map.of("first", 100),
                                body -> assertThat(body.toString()).doesNotContain("riverside"))))
                .withNodes(Map.of("User", (String) data(seen, "viewer.id"),
                        "Organization", (String) data(seen, "viewer.organization.id")));
    }
}
