package io.carepulse.audit;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a compliance officer reads in the log: the outcome of an action and the states it moved
 * between (values of enum fields only), the target as they may see it now, and who acted.
 */
class AuditDetailsTest extends IntegrationTest {

    private static final String OFFICER = TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER);

    @Test
    void aStatusChangeRecordsItsStatesFromAndToAndTheTargetIsNamedWhenRead() {
        var marketer = as(RIVERSIDE, Role.MARKETER);
        String name = unique("Movember");
        Fixtures.Created campaign = Fixtures.campaign(marketer, name);
        RawGraphQl raw = new RawGraphQl(port);
        Map<String, Object> changed = raw.post(TestTokens.staff(RIVERSIDE, Role.MARKETER), "changeCampaignStatus",
                Map.of("input", Map.of("id", campaign.id(), "expectedVersion", 1, "status", "ACTIVE")));
        assertThat(data(changed, "changeCampaignStatus.userErrors")).isEqualTo(List.of());

        Map<String, Object> log = raw.post(OFFICER, "auditLogDetailed", Map.of("first", 1,
                "filter", Map.of("targetId", campaign.id(), "action", "changeCampaignStatus")));
        assertThat(data(log, "auditLog.edges.0.node.changes"))
                .isEqualTo(List.of(Map.of("field", "status", "from", "PLANNED", "to", "ACTIVE")));
        assertThat(data(log, "auditLog.edges.0.node.target.name")).isEqualTo(name);
        assertThat(data(log, "auditLog.edges.0.node.actorKind")).isEqualTo("STAFF");
    }

    @Test
    void approveAndRejectAreToldApartButNeverTheQuestionsText() {
        LiveQa liveQa = new LiveQa(port);
        String title = unique("Audited session");
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, title, null);
        String participant = liveQa.join(session.joinCode(), "Pat");
        String approved = liveQa.ask(participant, "Does the shot hurt more than last year's?");
        String rejected = liveQa.ask(participant, "Why is my neighbour always so loud?");
        String moderator = TestTokens.staff(RIVERSIDE, Role.MODERATOR);
        liveQa.moderated(moderator, approved, "APPROVE");
        liveQa.moderated(moderator, rejected, "REJECT");

        RawGraphQl raw = liveQa.raw();
        Map<String, Object> approval = raw.post(OFFICER, "auditLogDetailed",
                Map.of("first", 1, "filter", Map.of("targetId", approved, "action", "moderateQuestion")));
        assertThat(data(approval, "auditLog.edges.0.node.changes")).isEqualTo(List.of(
                map("action", null, "APPROVE"), map("status", "PENDING", "APPROVED")));
        assertThat(data(approval, "auditLog.edges.0.node.target.session.title")).isEqualTo(title);
        Map<String, Object> rejection = raw.post(OFFICER, "auditLogDetailed",
                Map.of("first", 1, "filter", Map.of("targetId", rejected, "action", "moderateQuestion")));
        assertThat(data(rejection, "auditLog.edges.0.node.changes")).isEqualTo(List.of(
                map("action", null, "REJECT"), map("status", "PENDING", "REJECTED")));
        assertThat(approval.toString() + rejection).doesNotContain("shot hurt").doesNotContain("neighbour");
    }

    @Test
    void staffAndAudienceActionsAreFilteredApart() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(LAKESIDE, unique("Kinds"), null);
        String question = liveQa.ask(liveQa.join(session.joinCode(), "Lee"), "Is there a walk-in clinic on Sundays?");
        RawGraphQl raw = liveQa.raw();
        String admin = TestTokens.staff(LAKESIDE, Role.ADMIN);

        Map<String, Object> audience = raw.post(admin, "auditLogDetailed", Map.of("first", 100,
                "filter", Map.of("actorKind", "AUDIENCE", "targetType", "LiveQuestion")));
        assertThat(data(audience, "auditLog.edges.0.node.targetId")).isEqualTo(question);
        assertThat(data(audience, "auditLog.edges.0.node.action")).isEqualTo("askQuestion");
        assertThat(data(audience, "auditLog.edges.0.node.actorKind")).isEqualTo("AUDIENCE");
        Map<String, Object> staff = raw.post(admin, "auditLogDetailed", Map.of("first", 100,
                "filter", Map.of("actorKind", "STAFF", "actions", List.of("askQuestion", "createLiveSession"))));
        assertThat(staff.toString()).doesNotContain("askQuestion").contains("createLiveSession");
        String marketerId = liveQa.seen(TestTokens.staff(LAKESIDE, Role.MARKETER));
        Map<String, Object> byActor = raw.post(admin, "auditLogDetailed", Map.of("first", 100,
                "filter", Map.of("actorKind", "STAFF", "actorId", marketerId, "action", "createLiveSession")));
        assertThat(byActor.get("errors")).isNull();
        assertThat((List<?>) data(byActor, "auditLog.edges")).isNotEmpty();
    }

    @Test
    void anExportIsRecordedForAListTheCallerMayReadAndRefusedForOneTheyMayNot() {
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(LAKESIDE, Role.ANALYST);
        Map<String, Object> refused = raw.post(analyst, "recordExport", Map.of("input", Map.of(
                "list", "AUDIT_LOG", "rowCount", 3, "columns", List.of("When", "Who"))));
        assertThat(RawGraphQl.classifications(refused)).containsExactly("FORBIDDEN");

        Map<String, Object> recorded = raw.post(analyst, "recordExport", Map.of("input", Map.of(
                "list", "CAMPAIGNS", "rowCount", 12, "columns", List.of("Name", "Status"))));
        assertThat(data(recorded, "recordExport.userErrors")).isEqualTo(List.of());
        assertThat(data(recorded, "recordExport.recordedAt")).isNotNull();
        Map<String, Object> log = raw.post(TestTokens.staff(LAKESIDE, Role.ADMIN), "auditLogDetailed",
                Map.of("first", 1, "filter", Map.of("action", "recordExport")));
        assertThat(data(log, "auditLog.edges.0.node.changes")).isEqualTo(List.of(map("list", null, "CAMPAIGNS")));
        assertThat(data(log, "auditLog.edges.0.node.changedFields")).isEqualTo(List.of("columns", "list", "rowCount"));

        Map<String, Object> empty = raw.post(analyst, "recordExport", Map.of("input", Map.of(
                "list", "CAMPAIGNS", "rowCount", 0, "columns", List.of())));
        assertThat(data(empty, "recordExport.userErrors.0.field")).isEqualTo(List.of("input", "columns"));
    }

    private static Map<String, Object> map(String field, String from, String to) {
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("field", field);
        change.put("from", from);
        change.put("to", to);
        return change;
    }
}
