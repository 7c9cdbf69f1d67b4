package io.carepulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.EngagementCsvLayouts.Described;
import io.carepulse.analytics.EngagementCsvReader.Read;
import io.carepulse.analytics.EngagementIntake.EngagementItemInput;
import io.carepulse.analytics.EngagementIntake.Numbered;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped layouts read their example files, find headers below explanations and name bad lines by number. */
class EngagementCsvReaderTest {

    private static final EngagementCsvLayouts LAYOUTS = new EngagementCsvLayouts("");
    private static final Instant MEASURED = Instant.parse("2026-11-05T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Read read(String text) {
        return EngagementCsvReader.read(text, LAYOUTS.all().stream().map(Described::layout).toList(), null,
                NEW_YORK, MEASURED);
    }

    private static List<String> messages(Read read) {
        return read.errors().stream().map(UserError::message).toList();
    }

    @Test
    void eachExampleFileIsDetectedAsItsLayoutAndReadWhole() {
        Map<String, Integer> figures = Map.of("carepulse", 10, "facebook-posts", 19, "instagram-posts", 13,
                "x-post-activity", 12, "linkedin-updates", 11);
        assertThat(LAYOUTS.all()).extracting(d -> d.layout().id())
                .containsExactly("carepulse", "facebook-posts", "instagram-posts", "linkedin-updates",
                        "x-post-activity");
        for (Described described : LAYOUTS.all()) {
            Read read = read(described.example());
            assertThat(read.errors()).as(described.layout().id()).isEmpty();
            assertThat(read.layout().id()).isEqualTo(described.layout().id());
            assertThat(read.items()).as(described.layout().id()).hasSize(figures.get(described.layout().id()));
        }
    }

    @Test
    void aPlatformExportIsALineOfLifetimeTotalsPerPostMeasuredAtTheExportsTime() {
        Read read = read(LAYOUTS.find("facebook-posts").example());
        Map<EngagementMetric, Double> first = read.items().stream().filter(n -> n.line() == 2)
                .collect(Collectors.toMap(n -> n.item().metric(), n -> n.item().value()));
        // "2,480" has a thousands separator; the empty video views cell is no figure.
        assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of(EngagementMetric.IMPRESSIONS, 2480.0,
                EngagementMetric.REACH, 1930.0, EngagementMetric.REACTIONS, 112.0, EngagementMetric.COMMENTS, 14.0,
                EngagementMetric.SHARES, 21.0, EngagementMetric.CLICKS, 87.0));
        EngagementItemInput item = read.items().getFirst().item();
        assertThat(item.externalPostId()).isEqualTo("100200300400_5001");
        assertThat(item.channel()).isEqualTo(Channel.FACEBOOK);
        assertThat(item.kind()).isEqualTo(EngagementValueKind.CUMULATIVE);
        assertThat(item.at()).isEqualTo(MEASURED);
        // 10/31/2026 09:30 in New York (still summer time) is 13:30 UTC.
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-10-31T13:30:00Z"));
        assertThat(read.items()).extracting(Numbered::path).first()
                .isEqualTo(new String[] {"lines", "2", "Impressions"});
    }

    @Test
    void linkedInsHeaderIsFoundBelowItsLineOfExplanationAndThePostIsTakenFromTheLink() {
        Read read = read(LAYOUTS.find("linkedin-updates").example());
        assertThat(read.header().line()).isEqualTo(2);
        assertThat(read.lines()).isEqualTo(2);
        EngagementItemInput item = read.items().getFirst().item();
        assertThat(item.externalPostId()).isEqualTo("urn:li:activity:7390000000000000101");
        assertThat(read.items().getFirst().line()).isEqualTo(3);
        // A date alone does not say when in the day the update went out.
        assertThat(item.publishedAt()).isNull();
    }

    @Test
    void xsTimesCarryTheirOffsetAndCarePulseTimesWithoutOneAreLocal() {
        Read x = read(LAYOUTS.find("x-post-activity").example());
        assertThat(x.items().getFirst().item().publishedAt()).isEqualTo(Instant.parse("2026-10-31T13:30:00Z"));
        Read carepulse = read(LAYOUTS.find("carepulse").example());
        List<EngagementItemInput> items = carepulse.items().stream().map(Numbered::item).toList();
        assertThat(items.get(5).at()).isEqualTo(Instant.parse("2026-11-03T17:00:00Z"));
        // A date alone is the start of that day where the organisation is.
        assertThat(items.get(8).at()).isEqualTo(Instant.parse("2026-11-03T05:00:00Z"));
        assertThat(items.get(8).kind()).isEqualTo(EngagementValueKind.DELTA);
        assertThat(items.get(8).externalPostId()).isNull();
    }

    @Test
    void badLinesAreReportedByNumberAndColumnAndTheirFiguresLeftOut() {
        String csv = """
                content_id,external_post_id,channel,metric,value,measured_at
                ,p-1,FACEBOOK,REACTIONS,4,2026-11-02T18:00:00Z
                ,p-1,FACEBOOK,REACTIONS,many,2026-11-02T18:00:00Z
                ,p-1,MYSPACE,LIKES,4,2026-11-02T18:00:00Z

                ,p-2,Facebook,video views,40,yesterday
                ,p-3,facebook,comments,"1,200",2026-11-02 18:00
                """;
        Read read = read(csv);
        assertThat(read.layout().id()).isEqualTo("carepulse");
        assertThat(read.lines()).isEqualTo(5);
        assertThat(read.items()).extracting(Numbered::line).containsExactly(2, 7);
        assertThat(read.items().get(1).item().value()).isEqualTo(1200.0);
        assertThat(read.items().get(1).item().metric()).isEqualTo(EngagementMetric.COMMENTS);
        assertThat(messages(read)).containsExactly(
                "Line 3, value: enter a number",
                "Line 4, channel: choose one of Facebook, Instagram, X, LinkedIn, YouTube, TikTok",
                "Line 4, metric: choose one of IMPRESSIONS, REACH, REACTIONS, COMMENTS, SHARES, SAVES, CLICKS, "
                        + "VIDEO_VIEWS, VIDEO_WATCH_SECONDS, FOLLOWERS_GAINED, FOLLOWERS_LOST",
                "Line 6, measured_at: enter a date and time such as 2026-03-14T09:30:00Z or 2026-03-14 09:30");
        assertThat(read.errors().getFirst().field()).containsExactly("input", "lines", "3", "value");
    }

    @Test
    void aFileWithoutARequiredColumnSaysWhichLayoutItLooksLikeAndWhatIsMissing() {
        Read read = read("content_id,channel,metric,measured_at\n,FACEBOOK,REACH,2026-11-02T18:00:00Z\n");
        assertThat(read.layout()).isNull();
        assertThat(messages(read)).containsExactly(
                "Line 1 looks like the header of CarePulse figures but has no column value: add it and import again");
        Read unknown = read("name,amount\nflu,3\n");
        assertThat(messages(unknown).getFirst()).startsWith("No known header in the first 10 lines");
    }

    @Test
    void semicolonsAndABadPlatformFigureAreRead() {
        String csv = "Tweet id;time;impressions;likes;replies\n"
                + "101;2026-10-31 13:30 +0000;1 840;five;2\n"
                + "102;2026-10-31 13:30 +0000;900;5;\n"
                + ";2026-10-31 13:30 +0000;900;5;1\n";
        Read read = read(csv);
        assertThat(read.layout().id()).isEqualTo("x-post-activity");
        assertThat(messages(read)).containsExactly("Line 2, likes: enter a number",
                "Line 4, Tweet id: the post's ID is missing");
        // Line 2 is left out whole; line 3's empty replies cell is no figure.
        assertThat(read.items()).extracting(n -> n.item().externalPostId() + " " + n.item().metric())
                .containsExactly("102 IMPRESSIONS", "102 REACTIONS");
    }
}
