package io.carepulse.audit;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.Fixtures;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Another organisation's audit trail is invisible, even filtered by a target it knows the ID of. */
@Component
class AuditCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        Fixtures.Created segment = Fixtures.segment(world.as(RIVERSIDE, Role.MARKETER),
                world.unique("Riverside audited segment"));
        Map<String, Object> audit = world.raw().postQuery(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "query($target: ID!) { auditLog(first: 1, filter: {targetId: $target}) { edges { node { id } } } }",
                Map.of("target", segment.id()));
        return Prepared.of(Map.of("auditLog", new Case("auditLog", Map.of("first", 100, "filter",
                        Map.of("targetId", segment.id())),
                        body -> assertThat((List<?>) data(body, "auditLog.edges")).isEmpty()),
                        // Recording an export touches nothing of another organisation: it is the caller's own entry.
                        "recentActivity", new Case("recentActivity", Map.of("first", 50),
                                body -> assertThat(body.toString()).doesNotContain(segment.id())),
                        "recordExport", new Case("recordExport", Map.of("input", Map.of("list", "CAMPAIGNS",
                                "rowCount", 1, "columns", List.of("Name"))),
                                body -> assertThat(data(body, "recordExport.userErrors")).isEqualTo(List.of()))))
                .withNodes(Map.of("AuditEntry", (String) data(audit, "auditLog.edges.0.node.id")));
    }
}
