package io.carepulse.segment;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The segment list sorts by name or by when segments were created, either way. */
class AudienceSegmentListTest extends IntegrationTest {

    @Test
    void segmentsSortNewestFirstOrByNameDescending() {
        RawGraphQl raw = new RawGraphQl(port);
        String marketer = TestTokens.staff(LAKESIDE, Role.MARKETER);
        String tag = unique("Ordered");
        for (String name : List.of("Beta", "Gamma", "Alpha")) {
            Map<String, Object> body = raw.post(marketer, "createAudienceSegment",
                    Map.of("input", Map.of("name", tag + " " + name)));
            assertThat(data(body, "createAudienceSegment.userErrors")).isEqualTo(List.of());
        }
        Map<String, Object> filter = Map.of("search", tag);
        assertThat(names(raw.post(marketer, "audienceSegments", Map.of("filter", filter,
                "orderBy", Map.of("field", "CREATED_AT", "direction", "DESC")))))
                .containsExactly(tag + " Alpha", tag + " Gamma", tag + " Beta");
        assertThat(names(raw.post(marketer, "audienceSegments", Map.of("filter", filter,
                "orderBy", Map.of("field", "NAME", "direction", "DESC")))))
                .containsExactly(tag + " Gamma", tag + " Beta", tag + " Alpha");
        assertThat(names(raw.post(marketer, "audienceSegments", Map.of("filter", filter))))
                .containsExactly(tag + " Alpha", tag + " Beta", tag + " Gamma");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> body) {
        return ((List<Map<String, Object>>) data(body, "audienceSegments.edges")).stream()
                .map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("name")).toList();
    }
}
