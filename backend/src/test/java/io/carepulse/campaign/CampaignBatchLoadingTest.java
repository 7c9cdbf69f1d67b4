package io.carepulse.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Segments and owners are batch-loaded: the MongoDB commands of a page do not grow with its size. */
class CampaignBatchLoadingTest extends IntegrationTest {

    private static final String ORG = "batch-loading-clinic";
    private static final String QUERY = "query($first: Int) { campaigns(first: $first) { edges { node "
            + "{ id name status hashtags segments { name } owner { id } } } } }";

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void commandsPerRequestStayConstantFromTenToOneHundredRows() {
        seed();
        String token = TestTokens.staff(ORG, Role.ANALYST);
        long ten = commandsFor(token, 10);
        long fifty = commandsFor(token, 50);
        long hundred = commandsFor(token, 100);
        assertThat(ten).isEqualTo(fifty).isEqualTo(hundred);
        assertThat(hundred).isLessThanOrEqualTo(3);
    }

    private long commandsFor(String token, int first) {
        RawGraphQl raw = new RawGraphQl(port);
        raw.post(token, "viewer", Map.of()); // warm the caller's profile outside the measurement
        double before = commands();
        Map<String, Object> body = postQuery(token, first);
        assertThat((List<?>) RawGraphQl.data(body, "campaigns.edges")).hasSize(first);
        return Math.round(commands() - before);
    }

    private Map<String, Object> postQuery(String token, int first) {
        return http().post().uri("/graphql").headers(h -> h.setBearerAuth(token))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", QUERY, "variables", Map.of("first", first)))
                .exchange().expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private double commands() {
        return meters.find("mongodb.driver.commands").timers().stream()
                .filter(t -> !"getMore".equals(t.getId().getTag("command")))
                .mapToDouble(Timer::count).sum();
    }

    private void seed() {
        if (Boolean.TRUE.equals(mongo.exists(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("organizationId").is(ORG)),
                Campaign.class).block())) {
            return;
        }
        Instant now = Instant.now();
        List<AudienceSegment> segments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            segments.add(new AudienceSegment(new ObjectId(), ORG, "Segment " + i, null, null, List.of(), List.of(),
                    List.of(), List.of(), now, now, 1));
        }
        mongo.insertAll(segments).collectList().block();
        List<Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            campaigns.add(new Campaign(new ObjectId(), ORG, String.format("Campaign %03d", i), null, List.of("#Tag"),
                    Campaign.Objective.AWARENESS, CampaignStatus.ACTIVE, LocalDate.of(2026, 1, 1), null, List.of(),
                    List.of(segments.get(i % 5).id(), segments.get((i + 1) % 5).id()), List.of(), null,
                    "owner" + (i % 7) + "@batch.test", now, now, 1));
        }
        mongo.insertAll(campaigns).collectList().block();
    }
}
