package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who sees what of a consent: marketers and clinical reviewers its scope only, compliance and
 * admins everything, each read of the patient or signer logged; analysts and dashboards nothing.
 */
class ConsentAccessTest extends IntegrationTest {

    @Test
    void aMarketerSeesTheScopeAndLabelButNeverThePatientAndNothingIsLogged() {
        String name = unique("Hidden Patient");
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(name));
        String marketer = TestTokens.staff(RIVERSIDE, Role.MARKETER);

        Map<String, Object> scope = new RawGraphQl(port).post(marketer, "consentScope", Map.of("id", recorded.id()));
        assertThat(data(scope, "consent.label")).isEqualTo(recorded.label());
        assertThat(data(scope, "consent.categories")).isEqualTo(List.of("STORY", "PHOTO"));
        assertThat(data(scope, "consent.purposes.0.kind")).isEqualTo("EDUCATION");
        assertThat(scope.get("errors")).isNull();

        Map<String, Object> full = new RawGraphQl(port).post(marketer, "consent", Map.of("id", recorded.id()));
        assertThat(full.toString()).doesNotContain(name).doesNotContain("1961-04-12").doesNotContain("knee");
        assertThat(data(full, "consent.patient")).isNull();
        assertThat(data(full, "consent.signature")).isNull();
        assertThat(data(full, "consent.informationDescription")).isNull();
        assertThat(data(full, "consent.purposes.0.description")).isNull();
        assertThat(RawGraphQl.classifications(full)).isNotEmpty().allMatch("FORBIDDEN"::equals);

        Map<String, Object> log = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consentAccessLog",
                Map.of("consentId", recorded.id()));
        assertThat(log.toString()).as("the marketer read nothing protected (recording read the patient back)")
                .contains("compliance_officer@").doesNotContain("marketer@");
    }

    @Test
    void readingThePatientWritesAnAccessEntryNamingTheFieldsRead() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Logged")));
        String admin = TestTokens.staff(RIVERSIDE, Role.ADMIN);

        new RawGraphQl(port).post(admin, "consentPatient", Map.of("id", recorded.id()));
        new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consentScope", Map.of("id", recorded.id()));

        Map<String, Object> log = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consentAccessLog",
                Map.of("consentId", recorded.id()));
        // Newest first: the admin's read; the scope-only read wrote nothing; recording returned the patient too.
        assertThat(data(log, "consentAccessLog.0.actorSubject")).isEqualTo("admin@riverside-health.test");
        assertThat(data(log, "consentAccessLog.0.fields")).isEqualTo(List.of("patient.name", "patient.dateOfBirth"));
        assertThat(data(log, "consentAccessLog.1.actorSubject")).isEqualTo("compliance_officer@riverside-health.test");
        assertThat((List<?>) data(log, "consentAccessLog")).hasSize(3);
    }

    @Test
    void aPatientIsFoundByExactNameAndDateOfBirthOnlyByThoseWhoMayReadPatients() {
        String name = unique("Søren O'Neil");
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(name));
        String typedDifferently = "  " + name.toUpperCase(java.util.Locale.ROOT).replace("Ø", "O").replace("'", "")
                + " 1961-04-12";

        Map<String, Object> found = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consents",
                Map.of("filter", Map.of("search", typedDifferently)));
        assertThat(data(found, "consents.edges.0.node.id")).isEqualTo(recorded.id());
        assertThat((List<?>) data(found, "consents.edges")).hasSize(1);

        Map<String, Object> otherBirthday = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consents",
                Map.of("filter", Map.of("search", name + " 1961-04-13")));
        assertThat((List<?>) data(otherBirthday, "consents.edges")).isEmpty();

        Map<String, Object> byMarketer = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "consents", Map.of("filter", Map.of("search", name + " 1961-04-12")));
        assertThat((List<?>) data(byMarketer, "consents.edges")).as("a marketer cannot test who has a consent")
                .isEmpty();

        Map<String, Object> byNumber = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "consents", Map.of("filter", Map.of("search", recorded.number().toLowerCase())));
        assertThat(data(byNumber, "consents.edges.0.node.id")).isEqualTo(recorded.id());
    }

    @Test
    void analystsAndDashboardClientsSeeNothingOfConsents() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Private")));
        for (String token : List.of(TestTokens.staff(RIVERSIDE, Role.ANALYST),
                TestTokens.client(RIVERSIDE, "analytics:read"))) {
            Map<String, Object> list = new RawGraphQl(port).post(token, "consents", Map.of());
            assertThat(RawGraphQl.classifications(list)).containsExactly("FORBIDDEN");
            Map<String, Object> one = new RawGraphQl(port).post(token, "node", Map.of("id", recorded.id()));
            assertThat(one.toString()).doesNotContain(recorded.number());
        }
    }

    @Test
    void consentsExpiringSoonListsActiveOnesWithinTheWindowSoonestFirst() {
        ConsentFixtures.Recorded later = ConsentFixtures.record(port, ConsentFixtures.with(
                ConsentFixtures.complete(unique("Later")), "expiresOn", java.time.LocalDate.now().plusDays(20).toString()));
        ConsentFixtures.Recorded sooner = ConsentFixtures.record(port, ConsentFixtures.with(
                ConsentFixtures.complete(unique("Sooner")), "expiresOn", java.time.LocalDate.now().plusDays(3).toString()));
        ConsentFixtures.Recorded outside = ConsentFixtures.record(port, ConsentFixtures.with(
                ConsentFixtures.complete(unique("Outside")), "expiresOn", java.time.LocalDate.now().plusDays(60).toString()));

        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "consentsExpiringSoon", Map.of("days", 30));
        @SuppressWarnings("unchecked")
        List<String> ids = ((List<Map<String, Object>>) data(body, "consentsExpiringSoon")).stream()
                .map(consent -> (String) consent.get("id")).toList();
        assertThat(ids).contains(sooner.id(), later.id()).doesNotContain(outside.id());
        assertThat(ids.indexOf(sooner.id())).isLessThan(ids.indexOf(later.id()));

        Map<String, Object> tooMany = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "consentsExpiringSoon", Map.of("days", 400));
        assertThat(RawGraphQl.classifications(tooMany)).containsExactly("BAD_REQUEST");
    }
}
