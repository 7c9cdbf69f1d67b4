package io.carepulse.content;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Riverside's people of the content workflow, and items they write. */
public final class ContentFixtures {

    static final String MARKETER = person("writer@riverside-health.test", Role.MARKETER);
    static final String REVIEWER = person("dr.reviewer@riverside-health.test", Role.CLINICAL_REVIEWER);
    static final String OTHER_REVIEWER = person("dr.second@riverside-health.test", Role.CLINICAL_REVIEWER);
    static final String COMPLIANCE = person("privacy@riverside-health.test", Role.COMPLIANCE_OFFICER);

    private ContentFixtures() {
    }

    public record Item(String id, int version) {
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong(
            System.nanoTime() % 1_000_000);

    /** A title no other test uses, in letters only: digits in a title can read as a phone number. */
    static String title(String prefix) {
        long n = NEXT.incrementAndGet();
        StringBuilder letters = new StringBuilder();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return prefix + " " + letters;
    }

    static String person(String subject, Role... roles) {
        return TestTokens.token(subject, TestTokens.RIVERSIDE, java.util.Arrays.stream(roles).map(Enum::name).toList(),
                List.of(), TestTokens.ISSUER, Instant.now().plusSeconds(3600));
    }

    public static Map<String, Object> healthTip(String title) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("body", "Wash your hands for twenty seconds. Soap and water work best. Dry them well.");
        input.put("format", "HEALTH_TIP");
        input.put("topics", List.of("Preventive care"));
        input.put("variants", List.of(Map.of("channel", "X", "text", "Wash your hands for 20 seconds. #HealthyHabits")));
        input.put("citations", List.of(Map.of("title", "When and How to Wash Your Hands",
                "url", "https://www.cdc.gov/clean-hands/about/index.html")));
        return input;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    public static Item create(int port, String token, Map<String, Object> input) {
        Map<String, Object> body = new RawGraphQl(port).post(token, "createContent", Map.of("input", input));
        assertThat(data(body, "createContent.userErrors")).as("%s", body).isEqualTo(List.of());
        return new Item((String) data(body, "createContent.content.id"),
                ((Number) data(body, "createContent.content.version")).intValue());
    }

    static Map<String, Object> submit(int port, Item item) {
        return new RawGraphQl(port).post(MARKETER, "submitContentForReview",
                Map.of("input", Map.of("contentId", item.id(), "expectedVersion", item.version())));
    }

    static Map<String, Object> review(int port, String token, Item item, String decision, String notes) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("contentId", item.id(), "expectedVersion",
                item.version(), "decision", decision));
        if (notes != null) {
            input.put("notes", notes);
        }
        return new RawGraphQl(port).post(token, "reviewContent", Map.of("input", input));
    }

    /** The item as it is now (its version moved). */
    static Item now(int port, Item item) {
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "contentItem", Map.of("id", item.id()));
        return new Item(item.id(), ((Number) data(body, "content.version")).intValue());
    }

    /** A tip (or the given item) submitted and approved by Riverside's clinical reviewer. */
    static Item approved(int port, Map<String, Object> input) {
        Item item = create(port, MARKETER, input);
        Map<String, Object> submitted = submit(port, item);
        assertThat(data(submitted, "submitContentForReview.userErrors")).as("%s", submitted).isEqualTo(List.of());
        item = now(port, item);
        Map<String, Object> reviewed = review(port, REVIEWER, item, "APPROVE", null);
        assertThat(data(reviewed, "reviewContent.userErrors")).as("%s", reviewed).isEqualTo(List.of());
        if ("IN_COMPLIANCE_REVIEW".equals(data(reviewed, "reviewContent.content.status"))) {
            item = now(port, item);
            Map<String, Object> compliance = review(port, COMPLIANCE, item, "APPROVE", null);
            assertThat(data(compliance, "reviewContent.userErrors")).as("%s", compliance).isEqualTo(List.of());
        }
        return now(port, item);
    }

    static String status(int port, Item item) {
        return (String) data(new RawGraphQl(port).post(MARKETER, "contentItem", Map.of("id", item.id())),
                "content.status");
    }
}
