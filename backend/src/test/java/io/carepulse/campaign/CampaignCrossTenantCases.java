package io.carepulse.campaign;

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

/** Campaigns as another organisation tries them: nothing of Riverside's is seen, borrowed or changed. */
@Component
class CampaignCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        var marketer = world.as(RIVERSIDE, Role.MARKETER);
        String name = world.unique("Riverside only campaign");
        Fixtures.Created segment = Fixtures.segment(marketer, world.unique("Riverside segment of a campaign"));
        Fixtures.Created campaign = Fixtures.campaign(marketer, name, segment.id());
        Map<String, Object> byId = Map.of("id", campaign.id(), "expectedVersion", campaign.version());
        return Prepared.of(Map.of(
                        "campaigns", new Case("campaigns", Map.of("first", 100, "filter", Map.of("search", name)),
                                body -> assertThat((List<?>) data(body, "campaigns.edges")).isEmpty()),
                        "campaign", new Case("campaign", Map.of("id", campaign.id()),
                                body -> assertThat(data(body, "campaign")).isNull()),
                        "createCampaign", new Case("createCampaign", Map.of("input", Map.of(
                                "name", "Borrowed segment " + name, "objective", "AWARENESS",
                                "startDate", "2026-01-01", "segmentIds", List.of(segment.id()))),
                                body -> {
                                    assertThat(data(body, "createCampaign.campaign")).isNull();
                                    assertThat(data(body, "createCampaign.userErrors.0.code")).isEqualTo("NOT_FOUND");
                                    assertThat(data(body, "createCampaign.userErrors.0.field")).isEqualTo(
                                            List.of("input", "segmentIds", "0"));
                                }),
                        "updateCampaign", new Case("updateCampaign", Map.of("input", with(byId, "name", "Hijacked")),
                                body -> notFound(body, "updateCampaign")),
                        "changeCampaignStatus", new Case("changeCampaignStatus",
                                Map.of("input", with(byId, "status", "ACTIVE")),
                                body -> notFound(body, "changeCampaignStatus")),
                        "archiveCampaign", new Case("archiveCampaign", Map.of("input", byId),
                                body -> notFound(body, "archiveCampaign")),
                        "archiveCampaigns", new Case("archiveCampaigns",
                                Map.of("input", Map.of("campaigns", List.of(byId))),
                                body -> {
                                    assertThat(data(body, "archiveCampaigns.campaigns.0")).isNull();
                                    assertThat(data(body, "archiveCampaigns.userErrors.0.code")).isEqualTo("NOT_FOUND");
                                })))
                .withSubscriptions(Map.of("campaignChanged",
                        "io.carepulse.campaign.CampaignSubscriptionTest#otherOrganisationsChangesNeverArrive"))
                .withNodes(Map.of("Campaign", campaign.id()))
                .untouchedWhen(() -> {
                    Map<String, Object> body = world.raw().post(TestTokens.staff(RIVERSIDE, Role.ANALYST), "campaign",
                            Map.of("id", campaign.id()));
                    assertThat(data(body, "campaign.name")).isEqualTo(name);
                    assertThat(data(body, "campaign.version")).isEqualTo(campaign.version());
                    assertThat(data(body, "campaign.status")).isEqualTo("PLANNED");
                });
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static void notFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(body, mutation + ".userErrors.0.field")).isEqualTo(List.of("input", "id"));
    }
}
