package io.carepulse.organization;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings live in one place, change only through ADMINs, and every change is audited. */
class OrganizationSettingsTest extends IntegrationTest {

    private static final String ADMIN = TestTokens.staff(LAKESIDE, Role.ADMIN);

    @Test
    void anAdminChangesTheTimeZoneAndRetentionAndEveryFeatureSeesIt() {
        RawGraphQl raw = new RawGraphQl(port);
        Map<String, Object> before = raw.post(ADMIN, "organizationSettings", Map.of());
        int version = (Integer) data(before, "organizationSettings.version");

        Map<String, Object> bad = raw.post(ADMIN, "updateOrganizationSettings", Map.of("input", Map.of(
                "expectedVersion", version, "timezone", "Mars/Olympus_Mons", "questionRetentionDays", 5000)));
        assertThat(data(bad, "updateOrganizationSettings.organizationSettings")).isNull();
        assertThat(data(bad, "updateOrganizationSettings.userErrors")).isEqualTo(List.of(
                Map.of("field", List.of("input", "timezone"), "code", "INVALID",
                        "message", "Choose a time zone such as America/Los_Angeles"),
                Map.of("field", List.of("input", "questionRetentionDays"), "code", "INVALID",
                        "message", "Enter a whole number of days from 1 to 3650")));

        Map<String, Object> changed = raw.post(ADMIN, "updateOrganizationSettings", Map.of("input", Map.of(
                "expectedVersion", version, "timezone", "America/Los_Angeles", "questionRetentionDays", 14)));
        assertThat(data(changed, "updateOrganizationSettings.userErrors")).isEqualTo(List.of());
        assertThat(data(changed, "updateOrganizationSettings.organizationSettings")).isEqualTo(Map.of(
                "timezone", "America/Los_Angeles", "questionRetentionDays", 14, "version", version + 1));
        Map<String, Object> stale = raw.post(ADMIN, "updateOrganizationSettings", Map.of("input", Map.of(
                "expectedVersion", version, "questionRetentionDays", 1)));
        assertThat(data(stale, "updateOrganizationSettings.userErrors.0.code")).isEqualTo("CONFLICT");

        // A scheduled session says when it opens in the organisation's time zone.
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(LAKESIDE, unique("Opens later"), Map.of("earlyQuestionsAllowed", false));
        Map<String, Object> early = raw.post(null, "joinLiveSession", Map.of("input", Map.of("joinCode",
                session.joinCode())));
        assertThat((String) data(early, "joinLiveSession.userErrors.0.message")).matches(".* (PST|PDT): join .*");

        Map<String, Object> log = raw.post(ADMIN, "auditLog", Map.of("filter", Map.of("action",
                "updateOrganizationSettings")));
        assertThat(data(log, "auditLog.edges.0.node.changedFields"))
                .isEqualTo(List.of("questionRetentionDays", "timezone"));
        assertThat(data(log, "auditLog.edges.0.node.targetType")).isEqualTo("Organization");
    }

    @Test
    void onlyAdminsChangeSettingsButAllStaffReadThem() {
        RawGraphQl raw = new RawGraphQl(port);
        String marketer = TestTokens.staff(LAKESIDE, Role.MARKETER);
        assertThat(data(raw.post(marketer, "organizationSettings", Map.of()), "organizationSettings.timezone"))
                .isNotNull();
        Map<String, Object> refused = raw.post(marketer, "updateOrganizationSettings", Map.of("input", Map.of(
                "expectedVersion", 0, "questionRetentionDays", 1)));
        assertThat(RawGraphQl.classifications(refused)).containsExactly("FORBIDDEN");
    }
}
