package io.carepulse.liveqa.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.summary.LiveSessionTally.QuestionMark;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.MarkedCounts;
import io.carepulse.platform.security.Role;
import io.carepulse.support.BenchReport;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.TestTokens;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * {@code make bench-liveqa-summary}: {@code liveQaSummary}'s benchmark (not a test; tagged "bench"),
 * over real HTTP, on the development MongoDB in memory in this JVM. An organisation of its own runs
 * ten sessions a week for two years (1,040 sessions, at random hours), first with 100 questions
 * and 300 joins each, then with 1,000 questions and 3,000 joins each. Its tallies and days are
 * written as the consumers would have left them (each question's mark and the counts they add up
 * to: {@link MarkedCounts#sum}), rather than through the API, which would take hours here; the
 * query's cost is the same however they were made. Measured, after 220 unmeasured over two years:
 * the summary over the last 90 days, year and two years, p50 and p99 of 200 after 20 unmeasured, and the documents it asks for by ID
 * (a day document per day, a tally per session that went live in the period).
 */
@Tag("bench")
@TestPropertySource(properties = {"carepulse.limits.staff.budget=1000000000",
        "carepulse.limits.staff.restore-per-second=1000000000"})
class LiveQaSummaryBenchmark extends IntegrationTest {

    private static final String ORG = "bench-live-summary";
    private static final int WEEKS = 104;
    private static final int SESSIONS_A_WEEK = 10;
    private static final int QUERIES = 200;
    private static final QuestionStatus[] OUTCOMES = {QuestionStatus.ANSWERED, QuestionStatus.ANSWERED,
        QuestionStatus.APPROVED, QuestionStatus.REJECTED, QuestionStatus.ANSWERED, QuestionStatus.PENDING};

    @Autowired
    private ReactiveMongoTemplate template;
    @Autowired
    private OrganizationSettingsStore settings;

    private final Random random = new Random(21);
    private final Instant now = Instant.now();
    private final BenchReport report = new BenchReport("liveqa-summary");
    /** Each session's start, in order. */
    private final Map<ObjectId, Instant> sessions = new HashMap<>();

    @Test
    void liveQaSummaryAtAHundredAndAThousandQuestionsASession() throws IOException {
        WebClient client = WebClient.builder().baseUrl("http://localhost:" + port + "/graphql").build();
        Supplier<String> analyst = () -> TestTokens.staff(ORG, Role.ANALYST);
        ZoneId zone = settings.of(ORG).block().zone();
        for (int i = 0; i < WEEKS * SESSIONS_A_WEEK; i++) {
            sessions.put(new ObjectId(), now.minus(Duration.ofMinutes(random.nextInt(WEEKS * 7 * 24 * 60))));
        }
        writeDays(zone);
        List<String> lines = new ArrayList<>();
        for (int questions : List.of(100, 1_000)) {
            long started = System.nanoTime();
            writeTallies(questions, questions * 3L);
            report.line("%,d sessions with %,d questions and %,d joins each written in %.1f s", sessions.size(),
                    questions, questions * 3, (System.nanoTime() - started) / 1e9);
            if (questions == 100) {
                // The instance as it runs after a while, not its first seconds: the whole path compiled.
                measure(client, analyst, now.minus(Duration.ofDays(730)), sessions.size(), sessions.size() * 100L);
            }
            for (int days : List.of(90, 365, 730)) {
                Instant from = now.minus(Duration.ofDays(days));
                long live = sessions.values().stream().filter(at -> !at.atZone(zone).toLocalDate()
                        .isBefore(from.atZone(zone).toLocalDate())).count();
                List<Long> times = measure(client, analyst, from, live, live * questions);
                String line = String.format(java.util.Locale.ENGLISH,
                        "| %d days | %,d | %,d | %.1f / %.1f ms | %d days + %,d tallies |", days, questions, live,
                        BenchReport.percentile(times, 50), BenchReport.percentile(times, 99), days + 1, live);
                report.line("liveQaSummary %s", line);
                lines.add(line);
            }
        }
        report.line("");
        report.line("| period | questions a session | sessions in it | p50 / p99 | read by ID |");
        report.line("|---|---|---|---|---|");
        lines.forEach(line -> report.line("%s", line));
        report.write(now.toString());
    }

    /** The days the sessions went live on, in the organisation's zone, as the consumer keeps them. */
    private void writeDays(ZoneId zone) {
        Map<String, TreeSet<String>> days = new TreeMap<>();
        sessions.forEach((id, at) -> days.computeIfAbsent(at.atZone(zone).toLocalDate().toString(),
                day -> new TreeSet<>()).add(id.toHexString()));
        Flux.fromIterable(days.entrySet()).flatMap(day -> template.save(new LiveDay(LiveDay.id(ORG, day.getKey()), ORG,
                day.getKey(), List.copyOf(day.getValue()))), 8).blockLast();
    }

    /** Each session's tally with {@code questions} marks and the counts they add up to, and its joins. */
    private void writeTallies(int questions, long joins) {
        Flux.fromIterable(sessions.entrySet()).flatMap(session -> {
            Map<String, QuestionMark> marks = new HashMap<>();
            for (int q = 0; q < questions; q++) {
                marks.put(new ObjectId().toHexString(), new QuestionMark(OUTCOMES[q % OUTCOMES.length],
                        q % 40 == 0, 1 + q % 3));
            }
            return template.save(new LiveSessionTally(LiveSessionTally.id(ORG, session.getKey()), ORG,
                    session.getKey(), session.getValue(), marks, MarkedCounts.sum(marks.values()), joins, 0L));
        }, 8).blockLast();
        assertThat(template.count(Query.query(Criteria.where("organizationId").is(ORG)), LiveSessionTally.class)
                .block()).isEqualTo(sessions.size());
    }

    private List<Long> measure(WebClient client, Supplier<String> analyst, Instant from, long sessions,
            long questions) {
        String query = "query($from: DateTime!, $to: DateTime!) { liveQaSummary(from: $from, to: $to) { sessions "
                + "participants questions pending approved answered rejected phiFlagged approvalRate phiFlagRate "
                + "answeredRate } }";
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < QUERIES + 20; i++) {
            long began = System.nanoTime();
            Map<String, Object> body = client.post().headers(h -> h.setBearerAuth(analyst.get()))
                    .bodyValue(Map.of("query", query, "variables", Map.of("from", from.toString(), "to",
                            now.toString())))
                    .retrieve().bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).block(Duration.ofMinutes(1));
            long took = System.nanoTime() - began;
            assertThat(body).as("%s", body).doesNotContainKey("errors");
            @SuppressWarnings("unchecked")
            Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) body.get("data"))
                    .get("liveQaSummary");
            assertThat(((Number) summary.get("sessions")).longValue()).isEqualTo(sessions);
            assertThat(((Number) summary.get("questions")).longValue()).isEqualTo(questions);
            if (i >= 20) {
                times.add(took);
            }
        }
        return times;
    }
}
