package io.carepulse.liveqa.session;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live session list sorts, searches and narrows by schedule, and pages in the order asked. */
class LiveSessionListTest extends IntegrationTest {

    @Test
    void sessionsSortByTitleEitherWayAndPageInThatOrder() {
        LiveQa liveQa = new LiveQa(port);
        RawGraphQl raw = liveQa.raw();
        String tag = unique("Sortable");
        for (String name : List.of("Bravo", "Alpha", "Charlie")) {
            liveQa.schedule(LAKESIDE, tag + " " + name, null);
        }
        String analyst = TestTokens.staff(LAKESIDE, Role.ANALYST);
        Map<String, Object> filter = Map.of("search", tag);
        Map<String, Object> desc = raw.post(analyst, "liveSessions", Map.of("first", 2, "filter", filter,
                "orderBy", Map.of("field", "TITLE", "direction", "DESC")));
        assertThat(titles(desc)).containsExactly(tag + " Charlie", tag + " Bravo");
        Map<String, Object> next = raw.post(analyst, "liveSessions", Map.of("first", 2, "filter", filter,
                "after", data(desc, "liveSessions.pageInfo.endCursor"),
                "orderBy", Map.of("field", "TITLE", "direction", "DESC")));
        assertThat(titles(next)).containsExactly(tag + " Alpha");
        assertThat(data(next, "liveSessions.totalCount")).isEqualTo(3);

        Map<String, Object> later = raw.post(analyst, "liveSessions", Map.of("filter", Map.of("search", tag,
                "scheduledFrom", java.time.OffsetDateTime.now().plusDays(2).toString())));
        assertThat(titles(later)).isEmpty();
        Map<String, Object> byHost = raw.post(analyst, "liveSessions", Map.of("filter", Map.of("search", "ana ruiz"),
                "orderBy", Map.of("field", "CREATED_AT", "direction", "DESC")));
        assertThat(titles(byHost)).contains(tag + " Alpha");
    }

    @Test
    void aCursorOfAnotherOrderIsRefusedNamingTheArgument() {
        LiveQa liveQa = new LiveQa(port);
        RawGraphQl raw = liveQa.raw();
        String tag = unique("Cursor");
        liveQa.schedule(LAKESIDE, tag + " One", null);
        liveQa.schedule(LAKESIDE, tag + " Two", null);
        String analyst = TestTokens.staff(LAKESIDE, Role.ANALYST);
        Map<String, Object> byTitle = raw.post(analyst, "liveSessions", Map.of("first", 1,
                "filter", Map.of("search", tag), "orderBy", Map.of("field", "TITLE")));
        Map<String, Object> mixed = raw.post(analyst, "liveSessions", Map.of("first", 1,
                "filter", Map.of("search", tag), "after", data(byTitle, "liveSessions.pageInfo.endCursor")));
        assertThat(data(mixed, "liveSessions")).isNull();
        assertThat(mixed.toString()).contains("another sort order");
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> body) {
        return ((List<Map<String, Object>>) data(body, "liveSessions.edges")).stream()
                .map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("title")).toList();
    }
}
