package io.carepulse.campaign;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignQueriesTest extends IntegrationTest {

    @Test
    void cursorPagesWalkEveryMatchOnceInOrder() {
        String tag = unique("Paged").replace(' ', '-');
        var marketer = as(RIVERSIDE, Role.MARKETER);
        for (int i = 0; i < 5; i++) {
            Fixtures.campaign(marketer, tag + " " + i);
        }
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(RIVERSIDE, Role.ANALYST);
        List<String> names = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 5; page++) {
            Map<String, Object> vars = new java.util.HashMap<>(Map.of("first", 2, "filter", Map.of("search", tag)));
            if (after != null) {
                vars.put("after", after);
            }
            Map<String, Object> body = raw.post(analyst, "campaigns", vars);
            assertThat(RawGraphQl.data(body, "campaigns.totalCount")).isEqualTo(5);
            for (Object edge : (List<?>) RawGraphQl.data(body, "campaigns.edges")) {
                names.add((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("name"));
            }
            if (!Boolean.TRUE.equals(RawGraphQl.data(body, "campaigns.pageInfo.hasNextPage"))) {
                break;
            }
            after = (String) RawGraphQl.data(body, "campaigns.pageInfo.endCursor");
        }
        assertThat(names).containsExactly(tag + " 0", tag + " 1", tag + " 2", tag + " 3", tag + " 4");
    }

    @Test
    void lastAndBeforePageBackwardsInTheSameOrder() {
        String tag = unique("Backwards").replace(' ', '-');
        var marketer = as(RIVERSIDE, Role.MARKETER);
        for (int i = 0; i < 5; i++) {
            Fixtures.campaign(marketer, tag + " " + i);
        }
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(RIVERSIDE, Role.ANALYST);
        Map<String, Object> lastTwo = raw.post(analyst, "campaigns", Map.of("last", 2, "filter", Map.of("search", tag)));
        assertThat(names(lastTwo)).containsExactly(tag + " 3", tag + " 4");
        assertThat(RawGraphQl.data(lastTwo, "campaigns.pageInfo.hasPreviousPage")).isEqualTo(true);
        String start = (String) RawGraphQl.data(lastTwo, "campaigns.pageInfo.startCursor");
        Map<String, Object> before = raw.post(analyst, "campaigns",
                Map.of("last", 10, "before", start, "filter", Map.of("search", tag)));
        assertThat(names(before)).containsExactly(tag + " 0", tag + " 1", tag + " 2");
        assertThat(RawGraphQl.data(before, "campaigns.pageInfo.hasPreviousPage")).isEqualTo(false);
        assertThat(RawGraphQl.data(before, "campaigns.pageInfo.hasNextPage")).isEqualTo(true);

        Map<String, Object> both = raw.post(analyst, "campaigns", Map.of("first", 2, "last", 2));
        assertThat(RawGraphQl.classifications(both)).containsExactly("BAD_REQUEST");
        Map<String, Object> tooMany = raw.post(analyst, "campaigns", Map.of("last", 101));
        assertThat(tooMany.get("errors").toString()).contains("last must be between 0 and 100");
    }

    private static List<String> names(Map<String, Object> body) {
        List<String> names = new ArrayList<>();
        for (Object edge : (List<?>) RawGraphQl.data(body, "campaigns.edges")) {
            names.add((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("name"));
        }
        return names;
    }

    @Test
    void filtersByStatusActiveDateAndOrdersByStartDateDescending() {
        String tag = unique("Filtered").replace(' ', '-');
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created running = Fixtures.campaign(marketer, tag + " running");
        Fixtures.campaign(marketer, tag + " planned");
        marketer.documentName("changeCampaignStatus")
                .variable("input", Map.of("id", running.id(), "expectedVersion", 1, "status", "ACTIVE")).execute();
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(RIVERSIDE, Role.ANALYST);
        Map<String, Object> active = raw.post(analyst, "campaigns",
                Map.of("filter", Map.of("search", tag, "status", List.of("ACTIVE"), "activeOn", "2026-03-15")));
        assertThat(RawGraphQl.data(active, "campaigns.totalCount")).isEqualTo(1);
        assertThat(RawGraphQl.data(active, "campaigns.edges.0.node.name")).isEqualTo(tag + " running");
        Map<String, Object> outside = raw.post(analyst, "campaigns",
                Map.of("filter", Map.of("search", tag, "activeOn", "2026-04-15")));
        assertThat(RawGraphQl.data(outside, "campaigns.totalCount")).isEqualTo(0);
        Map<String, Object> ordered = raw.post(analyst, "campaigns",
                Map.of("filter", Map.of("search", tag), "orderBy", Map.of("field", "START_DATE", "direction", "DESC")));
        assertThat((List<?>) RawGraphQl.data(ordered, "campaigns.edges")).hasSize(2);
    }

    @Test
    void dashboardClientWithAnalyticsScopeReadsCampaigns() {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.client(RIVERSIDE, "analytics:read"),
                "campaigns", Map.of("first", 5));
        assertThat(body.get("errors")).isNull();
        assertThat(RawGraphQl.data(body, "campaigns.edges")).isNotNull();
    }
}
