package io.carepulse.campaign;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Archiving several campaigns at once: each on its own, the failures named by position. */
class BulkArchiveTest extends IntegrationTest {

    private static final String MARKETER = TestTokens.staff(RIVERSIDE, Role.MARKETER);

    @Test
    void eachCampaignIsArchivedOnItsOwnAndAStaleOneIsNamedByPosition() {
        Fixtures.Created first = Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), unique("Bulk one"));
        Fixtures.Created second = Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), unique("Bulk two"));
        Fixtures.Created stale = Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), unique("Bulk stale"));
        RawGraphQl raw = new RawGraphQl(port);

        Map<String, Object> body = raw.post(MARKETER, "archiveCampaigns", Map.of("input", Map.of("campaigns", List.of(
                Map.of("id", first.id(), "expectedVersion", 1), Map.of("id", stale.id(), "expectedVersion", 9),
                Map.of("id", second.id(), "expectedVersion", 1)))));

        assertThat(data(body, "archiveCampaigns.campaigns.0.status")).isEqualTo("ARCHIVED");
        assertThat(data(body, "archiveCampaigns.campaigns.1")).isNull();
        assertThat(data(body, "archiveCampaigns.campaigns.2.status")).isEqualTo("ARCHIVED");
        assertThat(data(body, "archiveCampaigns.userErrors.0.code")).isEqualTo("CONFLICT");
        assertThat(data(body, "archiveCampaigns.userErrors.0.field"))
                .isEqualTo(List.of("input", "campaigns", "1", "id"));
        Map<String, Object> untouched = raw.post(MARKETER, "campaign", Map.of("id", stale.id()));
        assertThat(data(untouched, "campaign.status")).isNotEqualTo("ARCHIVED");

        Map<String, Object> log = raw.post(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER), "auditLogDetailed",
                Map.of("first", 1, "filter", Map.of("action", "archiveCampaigns")));
        Map<String, Object> archivedTo = new java.util.HashMap<>(Map.of("field", "status", "to", "ARCHIVED"));
        archivedTo.put("from", null);
        assertThat(data(log, "auditLog.edges.0.node.changes")).isEqualTo(List.of(archivedTo));
    }

    @Test
    void noneOrMoreThanAHundredAreRefused() {
        RawGraphQl raw = new RawGraphQl(port);
        Map<String, Object> none = raw.post(MARKETER, "archiveCampaigns", Map.of("input", Map.of("campaigns",
                List.of())));
        assertThat(data(none, "archiveCampaigns.userErrors.0.field")).isEqualTo(List.of("input", "campaigns"));
        Map<String, Object> many = raw.post(MARKETER, "archiveCampaigns", Map.of("input", Map.of("campaigns",
                Collections.nCopies(101, Map.of("id", "x", "expectedVersion", 1)))));
        assertThat(data(many, "archiveCampaigns.userErrors.0.code")).isEqualTo("INVALID");
    }
}
