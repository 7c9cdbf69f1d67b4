package io.carepulse.identity;

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

class ViewerAndNodeTest extends IntegrationTest {

    @Test
    void viewerShowsRolesAndOrganisationFromTheToken() {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER),
                "viewer", Map.of());
        assertThat(RawGraphQl.data(body, "viewer.roles")).isEqualTo(List.of("COMPLIANCE_OFFICER"));
        assertThat(RawGraphQl.data(body, "viewer.organization.slug")).isEqualTo(RIVERSIDE);
        assertThat(RawGraphQl.data(body, "viewer.email")).isEqualTo("compliance_officer@riverside-health.test");
    }

    @Test
    void dashboardClientIsAViewerWithScopesAndNoRoles() {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.client(RIVERSIDE, "analytics:read"),
                "viewer", Map.of());
        assertThat(RawGraphQl.data(body, "viewer.roles")).isEqualTo(List.of());
        assertThat(RawGraphQl.data(body, "viewer.scopes")).isEqualTo(List.of("analytics:read"));
    }

    @Test
    void nodeAndNodesResolveEveryTypeInRequestOrder() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created segment = Fixtures.segment(marketer, unique("Node segment"));
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Node campaign"), segment.id());
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(RIVERSIDE, Role.ANALYST);
        assertThat(RawGraphQl.data(raw.post(analyst, "node", Map.of("id", campaign.id())), "node.__typename"))
                .isEqualTo("Campaign");
        Map<String, Object> nodes = raw.post(analyst, "nodes", Map.of("ids", List.of(segment.id(), campaign.id())));
        assertThat(RawGraphQl.data(nodes, "nodes.0.__typename")).isEqualTo("AudienceSegment");
        assertThat(RawGraphQl.data(nodes, "nodes.1.id")).isEqualTo(campaign.id());
        Map<String, Object> viewer = raw.post(TestTokens.staff(RIVERSIDE, Role.MARKETER), "viewer", Map.of());
        String userId = (String) RawGraphQl.data(viewer, "viewer.id");
        String orgId = (String) RawGraphQl.data(viewer, "viewer.organization.id");
        Map<String, Object> identities = raw.post(analyst, "nodes", Map.of("ids", List.of(userId, orgId)));
        assertThat(RawGraphQl.data(identities, "nodes.0.__typename")).isEqualTo("User");
        assertThat(RawGraphQl.data(identities, "nodes.1.__typename")).isEqualTo("Organization");
    }
}
