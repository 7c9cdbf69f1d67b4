package io.carepulse.audit;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

class AuditLogTest extends IntegrationTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void everySuccessfulMutationLeavesAnEntryWithFieldNamesOnly() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Audited"));
        marketer.documentName("updateCampaign").variable("input", Map.of("id", campaign.id(), "expectedVersion", 1,
                "description", "Call 555-0100 for details")).execute();

        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER),
                "auditLog", Map.of("filter", Map.of("targetId", campaign.id())));
        assertThat(RawGraphQl.data(body, "auditLog.totalCount")).isEqualTo(2);
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.action")).isEqualTo("updateCampaign");
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.changedFields")).isEqualTo(List.of("description"));
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.actor.name")).isEqualTo(
                "Test marketer@riverside-health.test");
        assertThat(RawGraphQl.data(body, "auditLog.edges.1.node.action")).isEqualTo("createCampaign");
        assertThat(body.toString()).doesNotContain("555-0100");
    }

    @Test
    void theEntryRidesOnTheChangeItselfAndLeavesItsOutboxOnceRecorded() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Outboxed"));
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "auditLog", Map.of("filter", Map.of("targetId", campaign.id())));
        assertThat(RawGraphQl.data(body, "auditLog.edges.0.node.action")).isEqualTo("createCampaign");
        // The campaign's own insert carried the entry (see PendingAudit); recorded, it leaves the
        // outbox (tidied in the background, so wait for it).
        assertThat(Mono.defer(() -> mongo.exists(Query.query(Criteria.where("auditOutbox.0").exists(true)
                                .and("_id").is(GlobalId.objectId(campaign.id(), "Campaign"))), "campaigns"))
                .filter(waiting -> !waiting)
                .repeatWhenEmpty(repeat -> repeat.delayElements(java.time.Duration.ofMillis(50)))
                .block(java.time.Duration.ofSeconds(10)))
                .isFalse();
        assertThat(mongo.findAll(Document.class, "outbox_registry").collectList().block())
                .anySatisfy(registry -> assertThat(registry.getList("collections", String.class))
                        .contains("campaigns"));
    }

    @Test
    void failedMutationLeavesNoEntry() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Not audited twice"));
        marketer.documentName("updateCampaign").variable("input", Map.of("id", campaign.id(), "expectedVersion", 7,
                "description", "stale")).execute();
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "auditLog", Map.of("filter", Map.of("targetId", campaign.id())));
        assertThat(RawGraphQl.data(body, "auditLog.totalCount")).isEqualTo(1);
    }

    @Test
    void auditEntriesAreHiddenFromAnalystsAndDashboardsEvenThroughNode() {
        Fixtures.Created campaign = Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), unique("Audit by node"));
        RawGraphQl raw = new RawGraphQl(port);
        Map<String, Object> log = raw.post(TestTokens.staff(RIVERSIDE, Role.ADMIN), "auditLog",
                Map.of("filter", Map.of("targetId", campaign.id())));
        String entry = (String) RawGraphQl.data(log, "auditLog.edges.0.node.id");
        String query = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on AuditEntry { action actor { email } } } }";
        for (String reader : List.of(TestTokens.staff(RIVERSIDE, Role.ANALYST),
                TestTokens.staff(RIVERSIDE, Role.MARKETER), TestTokens.client(RIVERSIDE, "analytics:read"))) {
            Map<String, Object> body = raw.postQuery(reader, query, Map.of("ids", List.of(entry, campaign.id())));
            assertThat(body.get("errors")).isNull();
            assertThat((List<?>) RawGraphQl.data(body, "nodes")).hasSize(2);
            assertThat(RawGraphQl.data(body, "nodes.0")).as("the audit entry").isNull();
            assertThat(RawGraphQl.data(body, "nodes.1.id")).as("the campaign").isEqualTo(campaign.id());
            assertThat(body.toString()).doesNotContain("createCampaign", "marketer@");
        }
        Map<String, Object> officer = raw.postQuery(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER), query,
                Map.of("ids", List.of(entry)));
        assertThat(RawGraphQl.data(officer, "nodes.0.action")).isEqualTo("createCampaign");
        assertThat(RawGraphQl.data(officer, "nodes.0.actor.email")).isEqualTo("marketer@riverside-health.test");
    }

    @Test
    void dashboardsSeeThatAUserOwnsACampaignButNotWhoItIs() {
        Fixtures.Created campaign = Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), unique("Owned"));
        Map<String, Object> body = new RawGraphQl(port).postQuery(TestTokens.client(RIVERSIDE, "analytics:read"),
                "query($id: ID!) { campaign(id: $id) { name owner { id email name } } }", Map.of("id", campaign.id()));
        assertThat(RawGraphQl.data(body, "campaign.owner.id")).isNotNull();
        assertThat(RawGraphQl.data(body, "campaign.owner.email")).isNull();
        assertThat(RawGraphQl.data(body, "campaign.owner.name")).isNull();
        assertThat(RawGraphQl.classifications(body)).containsExactly("FORBIDDEN", "FORBIDDEN");
        assertThat(body.toString()).doesNotContain("marketer@");
    }
}
