package io.carepulse.audit;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogTest extends IntegrationTest {

    @Test
    void everySuccessfulMutationLeavesAnEntryWithFieldNamesOnly() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Audited"));
        marketer.documentName("updateCampaign").variable("input", Map.of("id", campaign.id(), "expectedVersion", 1,
                "description", "Call 555-0100 for details")).execute();

        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER),
                "auditLog", Map.of("filter", Map.of("targetId", campaign.id())));
        assertThat(RawGraphQl.data(body, "auditLog.totalCount")).isEqualTo(2);
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.action")).isEqualTo("updateCampaign");
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.changedFields")).isEqualTo(List.of("description"));
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.actor.name")).isEqualTo(
                "Test marketer@riverside-health.test");
        assertThat(RawGraphQl.data(body, "auditLog.edges.1.node.action")).isEqualTo("createCampaign");
        assertThat(body.toString()).doesNotContain("555-0100");
    }

    @Test
    void failedMutationLeavesNoEntry() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Not audited twice"));
        marketer.documentName("updateCampaign").variable("input", Map.of("id", campaign.id(), "expectedVersion", 7,
                "description", "stale")).execute();
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "auditLog", Map.of("filter", Map.of("targetId", campaign.id())));
        assertThat(RawGraphQl.data(body, "auditLog.totalCount")).isEqualTo(1);
    }
}
