package io.carepulse.feedback;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Riverside's inbox: its people, a connector, and feedback it receives. */
final class FeedbackFixtures {

    static final String MARKETER = person("inbox@riverside-health.test", Role.MARKETER);
    static final String COMPLIANCE = person("privacy.inbox@riverside-health.test", Role.COMPLIANCE_OFFICER);
    static final String REVIEWER = person("dr.inbox@riverside-health.test", Role.CLINICAL_REVIEWER);
    static final String ADMIN = person("admin.inbox@riverside-health.test", Role.ADMIN);
    static final String CONNECTOR = TestTokens.client(TestTokens.RIVERSIDE, "feedback:write");

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private FeedbackFixtures() {
    }

    static String person(String subject, Role role) {
        return TestTokens.token(subject, TestTokens.RIVERSIDE, List.of(role.name()), List.of(), TestTokens.ISSUER,
                Instant.now().plusSeconds(3600));
    }

    /** An external ID no other test uses. */
    static String externalId(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    static Map<String, Object> item(String source, String externalId, String visibility, String message) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("source", source);
        item.put("externalId", externalId);
        item.put("visibility", visibility);
        item.put("authorName", "Dana Whitaker");
        item.put("message", message);
        return item;
    }

    /** Ingests one item through the connector; its thread's ID. */
    static String ingest(int port, Map<String, Object> item) {
        Map<String, Object> body = new RawGraphQl(port).post(CONNECTOR, "ingestFeedback",
                Map.of("input", Map.of("items", List.of(item))));
        assertThat(data(body, "ingestFeedback.userErrors")).as("%s", body).isEqualTo(List.of());
        return (String) data(body, "ingestFeedback.results.0.threadId");
    }

    static int version(int port, String threadId) {
        return ((Number) data(new RawGraphQl(port).post(MARKETER, "feedbackThread", Map.of("id", threadId)),
                "feedbackThread.version")).intValue();
    }
}
