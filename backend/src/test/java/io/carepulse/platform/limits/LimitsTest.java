package io.carepulse.platform.limits;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The attacks of issue 8 against the limits, with this context's small limits: loopback is a
 * trusted proxy, so each test picks its client address with {@code X-Forwarded-For}.
 */
@TestPropertySource(properties = {
        "carepulse.limits.trusted-proxies=127.0.0.1/32,::1/128",
        "carepulse.limits.anonymous-per-address-per-minute=20",
        "carepulse.limits.participant-per-address-per-minute=40",
        "carepulse.limits.join-failures-per-address-per-minute=5",
        "carepulse.limits.participant.max-depth=2",
        "carepulse.limits.staff.budget=100",
        "carepulse.limits.staff.restore-per-second=1"})
class LimitsTest extends IntegrationTest {

    private static final String VIEWER = "{ viewer { id organization { slug } } }";

    @Test
    void twoHundredAliasedJoinsInOneRequestAreRefusedBeforeAnyoneJoins() {
        LiveQa.Session session = new LiveQa(port).schedule(RIVERSIDE, unique("Aliased joins"), null);
        String joins = IntStream.range(0, 200).mapToObj(i -> "j" + i + ": joinLiveSession(input: {joinCode: \""
                + session.joinCode() + "\"}) { participantToken }").collect(Collectors.joining(" "));
        Map<String, Object> body = post("10.1.0.1", null, "mutation { " + joins + " }").getResponseBody();
        assertThat(body.get("data")).isNull();
        assertThat(body.toString()).doesNotContain("participantToken=ey");
        assertThat(error(body)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "documentCharacters");

        // Written as tersely as GraphQL allows, the document is short enough: its root fields are not.
        String terse = IntStream.range(0, 50).mapToObj(i -> "j" + i + ":joinLiveSession(input:{joinCode:\""
                + session.joinCode() + "\"}){participantToken}").collect(Collectors.joining(" "));
        Map<String, Object> shorter = post("10.1.0.1", null, "mutation{" + terse + "}").getResponseBody();
        assertThat(shorter.get("data")).isNull();
        assertThat(shorter.toString()).doesNotContain("participantToken=ey");
        assertThat(error(shorter)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "rootFields")
                .containsEntry("max", 1);
    }

    @Test
    void anonymousCallersSendOneOperationPerDocument() {
        Map<String, Object> body = post("10.1.0.2", null, "mutation a { joinLiveSession(input: {joinCode: \"X\"}) "
                + "{ participantToken } } mutation b { joinLiveSession(input: {joinCode: \"Y\"}) { participantToken } }",
                "a").getResponseBody();
        assertThat(error(body)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "operations");
    }

    @Test
    void threeHundredAliasedExpensiveListsAreRefusedAndSoIsOneTooExpensiveList() {
        String token = staff("aliases");
        String lists = IntStream.range(0, 300).mapToObj(i -> "s" + i + ": liveSessions(first: 100) { edges { node "
                + "{ questions(first: 500) { id status } } } }").collect(Collectors.joining(" "));
        Map<String, Object> aliased = post("10.1.0.3", token, "{ " + lists + " }").getResponseBody();
        assertThat(aliased.get("data")).isNull();
        assertThat(error(aliased)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "rootFields");

        Map<String, Object> one = post("10.1.0.3", token,
                "{ liveSessions(first: 100) { edges { node { questions(first: 500) { id status } } } } }")
                .getResponseBody();
        assertThat(one.get("data")).isNull();
        assertThat(error(one)).containsEntry("code", "MAX_COST_EXCEEDED");
        // A page of 100 sessions: each edge 1, each session 1 and 500 questions at 1 each, plus the connection.
        assertThat(error(one).get("requestedQueryCost")).isEqualTo(50_201);
        // Sent again, the same refusal comes back without the operation being worked out again.
        Map<String, Object> again = post("10.1.0.3", token,
                "{ liveSessions(first: 100) { edges { node { questions(first: 500) { id status } } } } }")
                .getResponseBody();
        assertThat(error(again)).isEqualTo(error(one));
    }

    @Test
    void aRememberedRefusalCoversOnlyTheOperationThatWasRefused() {
        String token = staff("operations");
        String document = "query tooMuch { liveSessions(first: 100) { edges { node { questions(first: 500) { id } } } } }"
                + " query enough { viewer { id } }";
        assertThat(error(post("10.1.0.7", token, document, "tooMuch").getResponseBody()))
                .containsEntry("code", "MAX_COST_EXCEEDED");
        Map<String, Object> other = post("10.1.0.7", token, document, "enough").getResponseBody();
        assertThat(other.get("errors")).isNull();
        assertThat(other).extractingByKey("data").asString().contains("viewer");
    }

    @Test
    void nestingBeyondTheDepthLimitIsRefused() {
        LiveQa liveQa = new LiveQa(port);
        String participant = liveQa.join(liveQa.schedule(RIVERSIDE, unique("Depth"), null).joinCode(), "Pat");
        assertThat(post("10.1.0.4", participant, "{ liveAudience { eventSequence } }").getResponseBody().get("errors"))
                .isNull();
        Map<String, Object> deep = post("10.1.0.4", participant, "{ liveAudience { session { host { name } } } }")
                .getResponseBody();
        assertThat(deep.get("data")).isNull();
        assertThat(error(deep)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "depth")
                .containsEntry("max", 2);
    }

    @Test
    void everyAnswerSaysWhatItCostAndWhatIsLeft() {
        Map<String, Object> body = post("10.1.0.5", staff("cost"), VIEWER).getResponseBody();
        Map<String, Object> cost = cost(body);
        assertThat((Number) cost.get("requestedQueryCost")).isEqualTo(2);
        assertThat((Number) cost.get("actualQueryCost")).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) cost.get("throttleStatus");
        assertThat(status).containsEntry("maximumAvailable", 100).containsEntry("restoreRate", 1);
        assertThat(((Number) status.get("currentlyAvailable")).intValue()).isBetween(90, 100);
    }

    @Test
    void aSpentBudgetIsThrottledWithAHintWhenToRetry() {
        String token = staff("spender");
        Map<String, Object> last = null;
        for (int i = 0; i < 20 && (last == null || last.get("errors") == null); i++) {
            last = post("10.1.0.6", token, "mutation($input: CreateAudienceSegmentInput!) { createAudienceSegment("
                    + "input: $input) { audienceSegment { id } userErrors { code } } }",
                    null, Map.of("input", Map.of("name", unique("Budget segment")))).getResponseBody();
        }
        assertThat(error(last)).containsEntry("code", "THROTTLED");
        assertThat(((Number) error(last).get("retryAfterSeconds")).intValue()).isPositive();
        assertThat(last.get("data")).isNull();
    }

    @Test
    void aScriptedFloodFromOneAddressGets429WhileOtherAddressesStillGetIn() {
        String join = "mutation { joinLiveSession(input: {joinCode: \"ZZZZZZZZ\"}) { participantToken } }";
        for (int i = 0; i < 20; i++) {
            assertThat(post("10.2.0.1", null, join).getStatus().value()).isEqualTo(200);
        }
        EntityExchangeResult<Map<String, Object>> refused = post("10.2.0.1", null, join);
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getResponseHeaders().getFirst("Retry-After"))).isPositive();
        assertThat(error(refused.getResponseBody())).containsEntry("code", "THROTTLED");
        assertThat(post("10.2.0.2", null, join).getStatus().value()).isEqualTo(200);
    }

    @Test
    void wrongJoinCodesFromOneAddressSlowItDownButNotItsNeighbours() {
        LiveQa.Session session = new LiveQa(port).schedule(RIVERSIDE, unique("Guessing"), null);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> wrong = join("10.3.0.1", "WRNG000" + i);
            assertThat(RawGraphQl.data(wrong, "joinLiveSession.userErrors.0.code")).isEqualTo("NOT_FOUND");
        }
        Map<String, Object> blocked = join("10.3.0.1", session.joinCode());
        assertThat(RawGraphQl.data(blocked, "joinLiveSession.participantToken")).isNull();
        assertThat(RawGraphQl.data(blocked, "joinLiveSession.userErrors.0.code")).isEqualTo("RATE_LIMITED");
        assertThat((Integer) RawGraphQl.data(blocked, "joinLiveSession.retryAfterSeconds")).isPositive();

        Map<String, Object> neighbour = join("10.3.0.2", session.joinCode());
        assertThat(RawGraphQl.data(neighbour, "joinLiveSession.participantToken")).isNotNull();
    }

    private Map<String, Object> join(String address, String code) {
        return post(address, null, "mutation($code: String!) { joinLiveSession(input: {joinCode: $code}) { "
                + "participantToken retryAfterSeconds userErrors { code message } } }", null,
                Map.of("code", code)).getResponseBody();
    }

    /** A staff token of its own, so tests do not share a cost budget. */
    private static String staff(String who) {
        return TestTokens.token(who + "-" + unique("analyst").replace(' ', '-') + "@riverside-health.test",
                RIVERSIDE, List.of("ADMIN"), List.of(), TestTokens.ISSUER, Instant.now().plusSeconds(600));
    }

    private EntityExchangeResult<Map<String, Object>> post(String address, String token, String query) {
        return post(address, token, query, null, Map.of());
    }

    private EntityExchangeResult<Map<String, Object>> post(String address, String token, String query,
            String operationName) {
        return post(address, token, query, operationName, Map.of());
    }

    private EntityExchangeResult<Map<String, Object>> post(String address, String token, String query,
            String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("query", query, "variables", variables));
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.set("X-Forwarded-For", address);
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .bodyValue(body).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> body) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        assertThat(errors).as("errors of %s", body).isNotEmpty();
        return (Map<String, Object>) errors.getFirst().get("extensions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cost(Map<String, Object> body) {
        return (Map<String, Object>) ((Map<String, Object>) body.get("extensions")).get("cost");
    }
}
