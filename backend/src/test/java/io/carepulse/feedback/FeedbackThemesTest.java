package io.carepulse.feedback;

import static io.carepulse.feedback.FeedbackFixtures.MARKETER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Themes on a fixed corpus, each test in a period of its own (messages dated in past years): counts
 * per theme and per day against the previous period, sentiment, emerging phrases only from 5
 * distinct threads, no patient's name or number among the terms, the inbox filtered by theme.
 */
class FeedbackThemesTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.data.mongodb.core.ReactiveMongoTemplate template;

    private static final String ANALYST = TestTokens.staff(TestTokens.RIVERSIDE, Role.ANALYST);
    private static final String ADMIN = TestTokens.staff(TestTokens.RIVERSIDE, Role.ADMIN);

    @Test
    void themesCountThePeriodsMessagesAgainstThePreviousPeriodWithSentimentAndExamples() {
        LocalDate day = LocalDate.of(2019, 3, 12);
        // First in, so folded first: the counts are taken in in the order the texts arrive.
        ingest(day.minusDays(3), "Waited forever for my appointment, the delay was ridiculous.");
        List<String> waits = new ArrayList<>();
        waits.add(ingest(day, "We waited two hours in the waiting room, awful."));
        waits.add(ingest(day.plusDays(1), "The wait was far too long and nobody told us about the delay."));
        waits.add(ingest(day.plusDays(2), "Such a long wait again, I am so frustrated."));
        String billing = ingest(day.plusDays(2), "My bill was wrong and the insurance claim was denied.");
        ingest(day.plusDays(3), "Thank you, the nurses were kind and the visit was lovely!");

        Map<String, Object> themes = themesOnce(day, day.plusDays(3), null, body -> messages(body) == 5);
        assertThat(data(themes, "feedbackThemes.previousFrom")).isEqualTo("2019-03-08T00:00:00.000Z");
        Map<String, Object> wait = theme(themes, "WAIT_TIMES");
        assertThat(wait.get("count")).isEqualTo(3);
        assertThat(wait.get("previousCount")).isEqualTo(1);
        assertThat(wait.get("trendPercent")).isEqualTo(200.0);
        assertThat(((Map<?, ?>) wait.get("sentiment")).get("negative")).isEqualTo(3);
        assertThat(ids(wait.get("exampleThreadIds"))).containsExactlyInAnyOrderElementsOf(waits);
        assertThat(theme(themes, "BILLING_AND_INSURANCE").get("exampleThreadIds")).isEqualTo(List.of(billing));
        assertThat(data(themes, "feedbackThemes.sentiment.positive")).isEqualTo(1);
        assertThat(data(themes, "feedbackThemes.themes.0.key")).as("most frequent first").isEqualTo("WAIT_TIMES");

        Map<String, Object> reviews = new RawGraphQl(port).post(ANALYST, "feedbackThemes", Map.of("from",
                start(day), "to", start(day.plusDays(4)), "source", List.of("YELP_REVIEW")));
        assertThat(data(reviews, "feedbackThemes.messages")).as("no Yelp reviews in the period").isEqualTo(0);

        Map<String, Object> inbox = new RawGraphQl(port).post(MARKETER, "feedbackThreads", Map.of("first", 50,
                "filter", Map.of("theme", "WAIT_TIMES", "createdFrom", start(day), "createdTo", start(day.plusDays(4)))));
        assertThat(ids(((List<?>) data(inbox, "feedbackThreads.edges")).stream()
                .map(e -> ((Map<?, ?>) ((Map<?, ?>) e).get("node")).get("id")).toList()))
                .containsExactlyInAnyOrderElementsOf(waits);
        Map<String, Object> tone = new RawGraphQl(port).post(MARKETER, "feedbackThreadTone", Map.of("id", billing));
        assertThat(data(tone, "feedbackThread.themes")).isEqualTo(List.of("BILLING_AND_INSURANCE"));
        assertThat(data(tone, "feedbackThread.messages.0.sentiment.label")).isEqualTo("NEGATIVE");
        assertThat(data(tone, "feedbackThread.sentiment.label")).isEqualTo("NEGATIVE");
    }

    @Test
    void anEmergingPhraseShowsOnlyOnceFiveThreadsUseItAndNoPatientsNameOrNumberIsATerm() {
        LocalDate day = LocalDate.of(2018, 7, 2);
        for (int i = 0; i < 4; i++) {
            ingest(day.plusDays(i), "My name is Priscilla Vantongeren, MRN 88231904: is the shuttle bus still running "
                    + "to the east campus? Call 617-555-0142.");
        }
        Map<String, Object> four = themesOnce(day, day.plusDays(6), null, body -> messages(body) == 4);
        assertThat(data(four, "feedbackThemes.emerging")).as("4 threads: nothing shown").isEqualTo(List.of());

        ingest(day.plusDays(5), "Is the shuttle bus from the east campus running today, Priscilla Vantongeren asks?");
        Map<String, Object> five = themesOnce(day, day.plusDays(6), null, body -> messages(body) == 5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> emerging = (List<Map<String, Object>>) data(five, "feedbackThemes.emerging");
        // "shuttle" is a cue of parking and access, so the phrase outside the taxonomy is the campus.
        assertThat(emerging).extracting(e -> e.get("label")).contains("east campus");
        assertThat(emerging).allSatisfy(e -> assertThat((Integer) e.get("threads")).isGreaterThanOrEqualTo(5));
        assertThat(five.toString().toLowerCase()).doesNotContain("88231904", "617", "0142", "vantongeren");
    }

    @Test
    void surveyFreeTextAndLiveQuestionsCountUnderAnOrganisationsOwnThemeAndDefaultsCannotBeRemoved() {
        RawGraphQl raw = new RawGraphQl(port);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> taxonomy = (List<Map<String, Object>>) data(raw.post(ADMIN, "feedbackThemeTaxonomy",
                Map.of()), "feedbackThemeTaxonomy");
        assertThat(taxonomy).hasSize(11).allSatisfy(t -> assertThat(t.get("builtIn")).isEqualTo(true));
        List<Map<String, Object>> inputs = new ArrayList<>(taxonomy.stream().map(t -> Map.<String, Object>of("key",
                t.get("key"), "label", t.get("label"), "cues", t.get("cues"))).toList());
        Map<String, Object> dropped = raw.post(ADMIN, "updateFeedbackThemeTaxonomy", Map.of("input", Map.of(
                "themes", inputs.subList(1, inputs.size()))));
        assertThat(data(dropped, "updateFeedbackThemeTaxonomy.userErrors.0.message").toString())
                .endsWith("is one of CarePulse's themes: change its words, but keep it");
        List<Map<String, Object>> badCue = new ArrayList<>(inputs);
        badCue.add(Map.of("label", "Zephyr lounge", "cues", List.of("zephyrine lounge", " ")));
        Map<String, Object> bad = raw.post(ADMIN, "updateFeedbackThemeTaxonomy", Map.of("input", Map.of("themes",
                badCue)));
        assertThat(data(bad, "updateFeedbackThemeTaxonomy.userErrors.0.field")).isEqualTo(List.of("input", "themes",
                "11", "cues", "1"));
        List<Map<String, Object>> withOwn = new ArrayList<>(inputs);
        withOwn.add(Map.of("label", "Zephyr lounge", "cues", List.of("zephyrine lounge")));
        Map<String, Object> saved = raw.post(ADMIN, "updateFeedbackThemeTaxonomy", Map.of("input", Map.of("themes",
                withOwn)));
        assertThat(data(saved, "updateFeedbackThemeTaxonomy.themes.11")).isEqualTo(Map.of("key", "ZEPHYR_LOUNGE",
                "label", "Zephyr lounge", "cues", List.of("zephyrine lounge"), "builtIn", false));

        io.carepulse.survey.SurveyThemesSupport.answer(port, "The zephyrine lounge chairs were comfy, thanks!");
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(TestTokens.RIVERSIDE, unique("Themes"), null);
        liveQa.ask(liveQa.join(session.joinCode(), null), "Will the zephyrine lounge open on weekends?");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> counted = themesOnce(today.minusDays(1), today.plusDays(1), List.of("SURVEY", "LIVE_QA"),
                body -> body.toString().contains("ZEPHYR_LOUNGE, label=Zephyr lounge, kind=TAXONOMY, count=2"));
        assertThat(theme(counted, "ZEPHYR_LOUNGE").get("exampleThreadIds")).as("no inbox thread").isEqualTo(List.of());
        Map<String, Object> badRange = raw.post(ANALYST, "feedbackThemes", Map.of("from", start(today), "to",
                start(today.minusDays(1))));
        assertThat(badRange.toString()).contains("The period must end after it starts");
        Map<String, Object> tooLong = raw.post(ANALYST, "feedbackThemes", Map.of("from", start(today.minusYears(2)),
                "to", start(today)));
        assertThat(tooLong.toString()).contains("Choose a period of at most a year");
        raw.post(ADMIN, "updateFeedbackThemeTaxonomy", Map.of("input", Map.of("themes", inputs)));
    }

    @Test
    void wholeWeeksAreReadFromTheirRollUpsAndAnswerAsTheirDaysWould() {
        LocalDate monday = LocalDate.of(2018, 1, 1);
        String first = ingest(monday, "Waited two hours past my appointment time, the delay was awful.");
        ingest(monday.plusDays(2), "The wait in the waiting room was far too long.");
        String sunday = ingest(monday.plusDays(6), "Another long wait at the front desk, so frustrating.");
        String billing = ingest(monday.plusDays(9), "My bill was wrong and the insurance claim was denied.");
        ingest(monday.minusDays(12), "We waited forever and nobody told us about the delay.");

        // Two whole weeks are read as two roll-ups (and the two weeks before them likewise).
        assertThat(FeedbackThemesController.periodIds(TestTokens.RIVERSIDE, monday, monday.plusDays(13),
                List.of(ThemeDay.ALL)).ids()).containsExactly(
                ThemeDay.id(TestTokens.RIVERSIDE, "W2018-01-01", ThemeDay.ALL),
                ThemeDay.id(TestTokens.RIVERSIDE, "W2018-01-08", ThemeDay.ALL));
        ThemeDay week = Mono.defer(() -> template.findById(ThemeDay.id(TestTokens.RIVERSIDE, "W2018-01-01",
                        ThemeDay.ALL), ThemeDay.class))
                .filter(rolledUp -> rolledUp.messages() == 3)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(100)))
                .block(Duration.ofSeconds(30));
        assertThat(week.themes().get("WAIT_TIMES").messages()).isEqualTo(3);
        assertThat(week.themes().get("WAIT_TIMES").examples()).as("newest last").endsWith(
                io.carepulse.platform.graphql.GlobalId.objectId(sunday, FeedbackThread.TYPE).toHexString()).contains(io.carepulse.platform.graphql.GlobalId.objectId(first, FeedbackThread.TYPE).toHexString());

        Map<String, Object> weeks = themesOnce(monday, monday.plusDays(13), null, body -> messages(body) == 4
                && ((Number) theme(body, "WAIT_TIMES").get("previousCount")).intValue() == 1);
        assertThat(theme(weeks, "WAIT_TIMES").get("count")).isEqualTo(3);
        assertThat(theme(weeks, "BILLING_AND_INSURANCE").get("exampleThreadIds")).isEqualTo(List.of(billing));
        // The same messages over days that make no whole week: read day by day, counted alike.
        Map<String, Object> days = themesOnce(monday.minusDays(1), monday.plusDays(11), null,
                body -> messages(body) == 4);
        assertThat(theme(days, "WAIT_TIMES").get("count")).isEqualTo(3);
        assertThat(ids(theme(days, "WAIT_TIMES").get("exampleThreadIds")))
                .containsExactlyInAnyOrderElementsOf(ids(theme(weeks, "WAIT_TIMES").get("exampleThreadIds")));
    }

    private String ingest(LocalDate day, String message) {
        Map<String, Object> item = FeedbackFixtures.item("GOOGLE_REVIEW", FeedbackFixtures.externalId("themes"),
                "PUBLIC", message);
        item.put("sentAt", day.atTime(14, 0).atOffset(ZoneOffset.UTC).toString());
        return FeedbackFixtures.ingest(port, item);
    }

    /** The themes of the days, once the counts the test waits for are in (they are folded in the background). */
    private Map<String, Object> themesOnce(LocalDate first, LocalDate last, List<String> sources,
            Predicate<Map<String, Object>> ready) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("from", start(first), "to",
                start(last.plusDays(1))));
        if (sources != null) {
            variables.put("source", sources);
        }
        return new RawGraphQl(port).postUntil(ANALYST, "feedbackThemes", variables, ready);
    }

    private static List<String> ids(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static int messages(Map<String, Object> body) {
        Object messages = data(body, "feedbackThemes.messages");
        return messages == null ? -1 : ((Number) messages).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> theme(Map<String, Object> body, String key) {
        return ((List<Map<String, Object>>) data(body, "feedbackThemes.themes")).stream()
                .filter(t -> key.equals(t.get("key"))).findFirst().orElseThrow(() -> new AssertionError(key + " in "
                        + body));
    }

    private static String start(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC).toString();
    }
}
