package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.item;
import static io.carepulse.analytics.EngagementFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** A post's figures as kept, each with its provenance; the period and the post asked for checked. */
class EngagementFiguresTest extends IntegrationTest {

    private static final Instant DAY = Instant.parse("2026-10-12T00:00:00Z");

    @Autowired
    ReactiveMongoTemplate template;

    @Test
    void aConnectorsFiguresAreKeptWithTheirBatchAndPositionNewestFirst() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-figures", "UTC");
        String contentId = EngagementFixtures.content(port, org.marketer(), "Figures with provenance");
        Map<String, Object> body = EngagementFixtures.record(raw, org.connector(), List.of(
                with(item(null, "INSTAGRAM", "REACTIONS", 10, DAY.plusSeconds(3_600)), "contentId", contentId),
                with(item(null, "INSTAGRAM", "REACTIONS", 25, DAY.plusSeconds(7_200)), "contentId", contentId),
                with(with(item(null, "INSTAGRAM", "SAVES", 3, DAY.plusSeconds(5_400)), "contentId", contentId), "kind",
                        "DELTA"),
                with(item(null, "INSTAGRAM", "REACTIONS", 40, DAY.plusSeconds(2 * 86_400)), "contentId", contentId)));
        assertThat(data(body, "recordEngagement.accepted")).as("%s", body).isEqualTo(4);
        String batchId = (String) data(body, "recordEngagement.batchId");
        EngagementFixtures.awaitTakenIn(template, org.slug());

        Map<String, Object> kept = figures(raw, org.analyst(), contentId, DAY, DAY.plusSeconds(86_400));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) data(kept, "engagementFigures.figures");
        assertThat(figures).as("%s", kept).extracting(f -> f.get("metric") + " " + f.get("value") + " " + f.get("kind"))
                .containsExactly("REACTIONS 25.0 CUMULATIVE", "SAVES 3.0 DELTA", "REACTIONS 10.0 CUMULATIVE");
        assertThat(figures).extracting(f -> (Object) ((Map<?, ?>) f.get("source")).get("line")).containsExactly(1, 2, 0);
        assertThat(figures).allSatisfy(f -> {
            Map<?, ?> source = (Map<?, ?>) f.get("source");
            assertThat(source.get("kind")).isEqualTo("API");
            assertThat(source.get("batchId")).isEqualTo(batchId);
            assertThat(source.get("definitionsVersion")).isEqualTo(1);
            assertThat(source.get("fileId")).isNull();
        });
        assertThat(data(kept, "engagementFigures.truncated")).isEqualTo(false);
        assertThat((List<?>) data(figures(raw, org.analyst(), contentId, DAY.plusSeconds(86_400),
                DAY.plusSeconds(3 * 86_400)), "engagementFigures.figures")).as("the third day's").hasSize(1);
    }

    @Test
    void aPeriodOverAMonthOrAPostNamedTwiceIsRefusedNamingTheField() {
        RawGraphQl raw = new RawGraphQl(port);
        Org org = EngagementFixtures.org(raw, "an-figures-bad", "UTC");
        Map<String, Object> month = figures(raw, org.analyst(), null, DAY, DAY.plusSeconds(32L * 86_400));
        assertThat(month.toString()).contains("Choose a period of at most 31 days");
        assertThat(data(month, "engagementFigures")).isNull();
        Map<String, Object> both = new HashMap<>(Map.of("channel", "X", "contentId",
                io.carepulse.platform.graphql.GlobalId.encode(io.carepulse.content.Content.TYPE,
                        new org.bson.types.ObjectId()),
                "externalPostId", "123", "from", DAY.toString(), "to", DAY.plusSeconds(60).toString()));
        assertThat(raw.post(org.analyst(), "engagementFigures", both).toString())
                .contains("Give contentId or externalPostId, not both");
        both.remove("externalPostId");
        both.put("contentId", "not-an-id");
        assertThat(raw.post(org.analyst(), "engagementFigures", both).toString())
                .contains("contentId is not a content item's ID");
    }

    private static Map<String, Object> figures(RawGraphQl raw, String token, String contentId, Instant from,
            Instant to) {
        Map<String, Object> variables = new HashMap<>(Map.of("channel", "INSTAGRAM", "from", from.toString(), "to",
                to.toString()));
        if (contentId != null) {
            variables.put("contentId", contentId);
        }
        return raw.post(token, "engagementFigures", variables);
    }
}
