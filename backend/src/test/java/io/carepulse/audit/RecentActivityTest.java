package io.carepulse.audit;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home page's recent activity: colleagues' actions on what the reader may see, newest first. */
class RecentActivityTest extends IntegrationTest {

    @Test
    void anAnalystSeesAColleaguesStatusChangeWithItsStatesButNotTheAudience() {
        String name = unique("Flu season push");
        Fixtures.Created campaign = Fixtures.campaign(as(LAKESIDE, Role.MARKETER), name);
        RawGraphQl raw = new RawGraphQl(port);
        Map<String, Object> paused = raw.post(TestTokens.staff(LAKESIDE, Role.ADMIN), "changeCampaignStatus",
                Map.of("input", Map.of("id", campaign.id(), "expectedVersion", 1, "status", "ACTIVE")));
        assertThat(data(paused, "changeCampaignStatus.userErrors")).isEqualTo(List.of());
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(LAKESIDE, unique("Activity session"), null);
        liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Do you take walk-ins?");

        Map<String, Object> body = raw.post(TestTokens.staff(LAKESIDE, Role.ANALYST), "recentActivity",
                Map.of("first", 50));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) data(body, "recentActivity");
        assertThat(items).extracting(item -> item.get("action")).doesNotContain("askQuestion", "joinLiveSession")
                .contains("createLiveSession");
        Map<String, Object> change = items.stream().filter(item -> item.get("action").equals("changeCampaignStatus")
                && ((Map<?, ?>) item.get("target")).get("id").equals(campaign.id())).findFirst().orElseThrow();
        assertThat(change.get("changes")).isEqualTo(List.of(Map.of("field", "status", "from", "PLANNED",
                "to", "ACTIVE")));
        assertThat(((Map<?, ?>) change.get("target")).get("name")).isEqualTo(name);
        assertThat(((Map<?, ?>) change.get("actor")).get("name")).isEqualTo("Test admin@lakeside-clinic.test");
        assertThat(items.indexOf(change)).as("newest first").isLessThan(items.size() - 1);
    }

    @Test
    void recordingAnExportShowsNoActivityAndFirstIsBounded() {
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(LAKESIDE, Role.ANALYST);
        raw.post(analyst, "recordExport", Map.of("input", Map.of("list", "CAMPAIGNS", "rowCount", 1,
                "columns", List.of("Name"))));
        assertThat(raw.post(analyst, "recentActivity", Map.of("first", 50)).toString()).doesNotContain("recordExport");
        assertThat(RawGraphQl.classifications(raw.post(analyst, "recentActivity", Map.of("first", 51))))
                .containsExactly("BAD_REQUEST");
    }
}
