package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementFixtures.importCsv;
import static io.carepulse.analytics.EngagementFixtures.number;
import static io.carepulse.analytics.EngagementFixtures.seriesOnce;
import static io.carepulse.analytics.EngagementFixtures.uploaded;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.EngagementFixtures.Org;
import io.carepulse.content.Content;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** CSV files of figures: imported through the connectors' checks, whole or not at all, and again without effect. */
class EngagementCsvImportTest extends IntegrationTest {

    private static final Instant EXPORTED = Instant.parse("2026-11-05T12:00:00Z");
    private static final Instant DAY = Instant.parse("2026-11-05T00:00:00Z");

    @Autowired
    ReactiveMongoTemplate template;

    private RawGraphQl raw() {
        return new RawGraphQl(port);
    }

    @Test
    void aPlatformExportIsImportedWithItsProvenanceAndImportingItAgainChangesNoTotal() {
        Org org = EngagementFixtures.org(raw(), "an-csv", "UTC");
        String fileId = uploaded(port, org.marketer(), EngagementFixtures.example("facebook-posts"));
        Map<String, Object> input = Map.of("fileId", fileId, "fileName", "facebook-november.csv", "measuredAt",
                EXPORTED.toString());
        Map<String, Object> first = importCsv(raw(), org.marketer(), input);
        assertThat(data(first, "importEngagementCsv.userErrors")).as("%s", first).isEqualTo(List.of());
        assertThat(data(first, "importEngagementCsv.layout")).isEqualTo(Map.of("id", "facebook-posts", "name",
                "Facebook Page Insights: posts", "channel", "FACEBOOK"));
        assertThat(data(first, "importEngagementCsv.lines")).isEqualTo(3);
        assertThat(data(first, "importEngagementCsv.importedLines")).isEqualTo(3);
        assertThat(data(first, "importEngagementCsv.figures")).isEqualTo(19);

        Map<String, Object> series = seriesOnce(template, org, raw(), org.analyst(), DAY, DAY.plusSeconds(86_400),
                "DAY", Map.of(), body -> number(body, "total", "REACTIONS") == 313);
        assertThat(number(series, "total", "COMMENTS")).isEqualTo(39);
        assertThat(number(series, "total", "SHARES")).isEqualTo(56);
        assertThat(number(series, "total", "CLICKS")).isEqualTo(283);
        assertThat(number(series, "total", "IMPRESSIONS")).isEqualTo(6907);
        assertThat(number(series, "total", "VIDEO_VIEWS")).isEqualTo(1210);
        // Facebook's engagement counts clicks: 313 + 39 + 56 + 283, over the 5,582 people the three posts reached.
        assertThat(data(series, "engagementSeries.total.engagement")).isEqualTo(691.0);

        // The batch keeps the file, who imported it and each figure's line.
        String batchId = (String) data(first, "importEngagementCsv.batchIds.0");
        Document batch = template.findById(GlobalId.objectId(batchId, EngagementBatch.TYPE), Document.class,
                EngagementBatch.COLLECTION).block(Duration.ofSeconds(10));
        Document source = batch.get("source", Document.class);
        assertThat(source.getString("kind")).isEqualTo("CSV");
        assertThat(source.getString("fileId")).isEqualTo(fileId);
        assertThat(source.getString("fileName")).isEqualTo("facebook-november.csv");
        assertThat(source.getString("user")).isNotBlank();
        assertThat(batch.getList("items", Document.class)).extracting(item -> item.get("l")).containsOnly(2, 3, 4);

        // engagementFigures answers each kept figure with the same provenance: the file, its line.
        Map<String, Object> kept = raw().post(org.analyst(), "engagementFigures", Map.of("channel", "FACEBOOK",
                "externalPostId", "100200300400_5001", "from", DAY.toString(), "to", DAY.plusSeconds(86_400)
                        .toString(), "metrics", List.of("REACTIONS", "IMPRESSIONS")));
        assertThat(data(kept, "engagementFigures.truncated")).as("%s", kept).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) data(kept, "engagementFigures.figures");
        assertThat(figures).extracting(f -> f.get("metric")).containsExactly("IMPRESSIONS", "REACTIONS");
        assertThat(figures).allSatisfy(f -> {
            assertThat(f).containsEntry("at", "2026-11-05T12:00:00.000Z").containsEntry("kind", "CUMULATIVE");
            assertThat(f.get("source")).isEqualTo(Map.of("kind", "CSV", "batchId", batchId, "line", 2,
                    "definitionsVersion", 1, "fileId", fileId, "fileName", "facebook-november.csv"));
        });
        assertThat(figures).extracting(f -> f.get("value")).containsExactly(2480.0, 112.0);

        Map<String, Object> again = importCsv(raw(), org.marketer(), input);
        assertThat(data(again, "importEngagementCsv.figures")).as("%s", again).isEqualTo(19);
        String reuploaded = uploaded(port, org.marketer(), EngagementFixtures.example("facebook-posts"));
        Map<String, Object> later = importCsv(raw(), org.marketer(), Map.of("fileId", reuploaded));
        assertThat(data(later, "importEngagementCsv.figures")).as("%s", later).isEqualTo(19);
        Map<String, Object> after = seriesOnce(template, org, raw(), org.analyst(), DAY, Instant.now(), "DAY",
                Map.of(), body -> true);
        assertThat(number(after, "total", "REACTIONS")).as("the same totals again add nothing").isEqualTo(313);
        assertThat(number(after, "total", "CLICKS")).isEqualTo(283);
        assertThat(data(after, "engagementSeries.total.engagement")).isEqualTo(691.0);
    }

    @Test
    void aDryRunSaysWhatAnImportWouldRecordAndRecordsNothing() {
        Org org = EngagementFixtures.org(raw(), "an-csv-dry", "UTC");
        String fileId = uploaded(port, org.marketer(), EngagementFixtures.example("facebook-posts"));
        Map<String, Object> checked = importCsv(raw(), org.marketer(), Map.of("fileId", fileId, "measuredAt",
                EXPORTED.toString(), "dryRun", true));
        assertThat(data(checked, "importEngagementCsv.layout.id")).as("%s", checked).isEqualTo("facebook-posts");
        assertThat(data(checked, "importEngagementCsv.figures")).isEqualTo(19);
        assertThat(data(checked, "importEngagementCsv.importedLines")).isEqualTo(3);
        assertThat(data(checked, "importEngagementCsv.recorded")).isEqualTo(false);
        assertThat(data(checked, "importEngagementCsv.batchIds")).isEqualTo(List.of());
        assertThat(batches(org)).as("nothing recorded").isZero();

        Map<String, Object> imported = importCsv(raw(), org.marketer(), Map.of("fileId", fileId, "measuredAt",
                EXPORTED.toString()));
        assertThat(data(imported, "importEngagementCsv.recorded")).as("%s", imported).isEqualTo(true);
        assertThat(data(imported, "importEngagementCsv.figures")).isEqualTo(19);
        assertThat(batches(org)).isEqualTo(1);
    }

    @Test
    void aFileWithABadLineImportsNothingUnlessAskedToSkipItsBadLines() {
        Org org = EngagementFixtures.org(raw(), "an-csv-bad", "UTC");
        String unknown = GlobalId.encode(Content.TYPE, new ObjectId());
        String csv = """
                content_id,external_post_id,channel,metric,value,measured_at
                ,p-1,FACEBOOK,REACTIONS,4,2026-11-05T10:00:00Z
                ,p-1,FACEBOOK,COMMENTS,-4,2026-11-05T10:00:00Z
                %s,,FACEBOOK,SHARES,2,2026-11-05T10:00:00Z
                ,p-2,FACEBOOK,REACTIONS,six,2026-11-05T10:00:00Z
                """.formatted(unknown);
        String fileId = uploaded(port, org.analyst(), csv);
        Map<String, Object> whole = importCsv(raw(), org.analyst(), Map.of("fileId", fileId));
        assertThat(data(whole, "importEngagementCsv.figures")).as("%s", whole).isEqualTo(0);
        assertThat(data(whole, "importEngagementCsv.batchIds")).isEqualTo(List.of());
        assertThat(data(whole, "importEngagementCsv.lines")).isEqualTo(4);
        assertThat(data(whole, "importEngagementCsv.userErrors")).isEqualTo(List.of(
                Map.of("field", List.of("input", "lines", "3", "value"), "code", "INVALID",
                        "message", "Line 3, value: a value can't be below zero"),
                Map.of("field", List.of("input", "lines", "4", "content_id"), "code", "NOT_FOUND",
                        "message", "Line 4, content_id: no content with this ID in your organisation"),
                Map.of("field", List.of("input", "lines", "5", "value"), "code", "INVALID",
                        "message", "Line 5, value: enter a number")));
        assertThat(loggedBatches(org)).as("nothing recorded").isZero();

        Map<String, Object> skipping = importCsv(raw(), org.analyst(), Map.of("fileId", fileId, "skipBadLines", true));
        assertThat(data(skipping, "importEngagementCsv.figures")).as("%s", skipping).isEqualTo(1);
        assertThat(data(skipping, "importEngagementCsv.importedLines")).isEqualTo(1);
        assertThat((List<?>) data(skipping, "importEngagementCsv.userErrors")).hasSize(3);
        Map<String, Object> series = seriesOnce(template, org, raw(), org.analyst(), DAY, DAY.plusSeconds(86_400),
                "DAY", Map.of(), body -> number(body, "total", "REACTIONS") == 4);
        assertThat(number(series, "total", "COMMENTS")).isEqualTo(0);
        assertThat(number(series, "total", "SHARES")).isEqualTo(0);
    }

    @Test
    void aFileMissingAColumnOrOfAnotherKindIsRefusedWithWhatToDo() {
        Org org = EngagementFixtures.org(raw(), "an-csv-kind", "UTC");
        String fileId = uploaded(port, org.marketer(), "content_id,channel,metric,measured_at\n,X,REACH,2026-11-05\n");
        Map<String, Object> missing = importCsv(raw(), org.marketer(), Map.of("fileId", fileId));
        assertThat(data(missing, "importEngagementCsv.userErrors")).isEqualTo(List.of(Map.of("field",
                List.of("input", "fileId"), "code", "INVALID", "message",
                "Line 1 looks like the header of CarePulse figures but has no column value: add it and import again")));
        Map<String, Object> forced = importCsv(raw(), org.marketer(), Map.of("fileId", uploaded(port, org.marketer(),
                EngagementFixtures.example("x-post-activity")), "layout", "linkedin-updates"));
        assertThat(data(forced, "importEngagementCsv.userErrors.0.message")).as("%s", forced).isEqualTo(
                "Line 1 looks like the header of LinkedIn page updates but has no column Update link: add it and "
                        + "import again");
        Map<String, Object> unknownLayout = importCsv(raw(), org.marketer(), Map.of("fileId", fileId, "layout",
                "myspace"));
        assertThat(data(unknownLayout, "importEngagementCsv.userErrors.0.field")).isEqualTo(List.of("input",
                "layout"));

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        EngagementFixtures.upload(port, org.marketer(), png, "text/csv").expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.message").isEqualTo("Upload a CSV file");
        // Windows browsers send a CSV as an Excel type.
        EngagementFixtures.upload(port, org.marketer(), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
                "application/vnd.ms-excel").expectStatus().isCreated();
    }

    @Test
    void staffWhoRunTheChannelsAndConnectorsImportAndNobodyImportsAnotherOrganisationsFile() {
        Org org = EngagementFixtures.org(raw(), "an-csv-who", "UTC");
        String moderator = TestTokens.staff(org.slug(), Role.MODERATOR);
        EngagementFixtures.upload(port, moderator, "a,b\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .expectStatus().isForbidden();
        String fileId = uploaded(port, org.connector(), EngagementFixtures.example("carepulse"));
        Map<String, Object> byModerator = importCsv(raw(), moderator, Map.of("fileId", fileId));
        assertThat(data(byModerator, "importEngagementCsv")).as("%s", byModerator).isNull();
        assertThat(RawGraphQl.classifications(byModerator)).containsExactly("FORBIDDEN");

        Org other = EngagementFixtures.org(raw(), "an-csv-other", "UTC");
        Map<String, Object> theirs = importCsv(raw(), other.marketer(), Map.of("fileId", fileId));
        assertThat(data(theirs, "importEngagementCsv.userErrors.0.code")).as("%s", theirs).isEqualTo("NOT_FOUND");
        assertThat(loggedBatches(org)).isZero();

        Map<String, Object> byConnector = importCsv(raw(), org.connector(), Map.of("fileId", fileId));
        assertThat(data(byConnector, "importEngagementCsv.figures")).as("%s", byConnector).isEqualTo(10);
        assertThat(data(byConnector, "importEngagementCsv.layout.id")).isEqualTo("carepulse");

        Map<String, Object> layouts = raw().post(org.analyst(), "engagementCsvLayouts", Map.of());
        assertThat((List<?>) data(layouts, "engagementCsvLayouts")).hasSize(5);
        assertThat(data(layouts, "engagementCsvLayouts.0.columns.4")).isEqualTo(Map.of("holds", "VALUE", "headers",
                List.of("value"), "required", true));
        assertThat(data(layouts, "engagementCsvLayouts.0.example")).asString().startsWith("content_id,");
    }

    private long batches(Org org) {
        return template.count(Query.query(Criteria.where("organizationId").is(org.slug())),
                EngagementBatch.COLLECTION).block(Duration.ofSeconds(10));
    }

    private long loggedBatches(Org org) {
        return template.count(Query.query(Criteria.where("stream").is(EngagementBatch.STREAM.name())
                .and("organizationId").is(org.slug())), "events").block(Duration.ofSeconds(10));
    }
}
