package io.carepulse.content;

import static io.carepulse.content.ContentFixtures.COMPLIANCE;
import static io.carepulse.content.ContentFixtures.MARKETER;
import static io.carepulse.content.ContentFixtures.OTHER_REVIEWER;
import static io.carepulse.content.ContentFixtures.REVIEWER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.consent.ConsentFixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The PHI guard and consent-bound stories: a finding blocks unless a story's consent covers its
 * category; a story needs an active consent for its channels and purpose, and a compliance
 * approval by someone other than the clinical approver.
 */
class ContentPhiGuardTest extends IntegrationTest {

    @Test
    void aTipWithAPhoneNumberIsBlockedNamingTheFieldAndTheSpan() {
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Leaky tip")), "body",
                "Questions about your results? Call Maria Gonzalez after her chemo at 555-201-0134."));
        Map<String, Object> body = ContentFixtures.submit(port, item);
        assertThat(body.toString()).contains("PHI_SUSPECTED").contains("field=[body]").contains("characters ");
        assertThat(ContentFixtures.status(port, item)).isEqualTo("DRAFT");

        Map<String, Object> scanned = new RawGraphQl(port).post(MARKETER, "scanText",
                Map.of("text", "Call 555-201-0134"));
        assertThat(data(scanned, "scanText.0.type")).isEqualTo("PHONE");
    }

    @Test
    void aComplianceOfficerOverridesAFindingWithAJustificationAndOnlyThatTextPasses() {
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Helpline tip")), "body",
                "The national crisis line is 988-555-0123 and answers day and night."));
        Map<String, Object> blocked = ContentFixtures.submit(port, item);
        assertThat(blocked.toString()).contains("PHI_SUSPECTED");
        Map<String, Object> view = new RawGraphQl(port).post(MARKETER, "contentItem", Map.of("id", item.id()));
        int start = ((Number) data(view, "content.phiFindings.0.start")).intValue();
        int end = ((Number) data(view, "content.phiFindings.0.end")).intValue();
        Map<String, Object> finding = Map.of("contentId", item.id(), "field", "body", "type", "PHONE",
                "start", start, "end", end);

        Map<String, Object> byMarketer = new RawGraphQl(port).post(MARKETER, "overridePhiFinding", Map.of("input",
                ContentFixtures.with(finding, "justification", "A public helpline number, not a patient's.")));
        assertThat(RawGraphQl.classifications(byMarketer)).containsExactly("FORBIDDEN");
        Map<String, Object> terse = new RawGraphQl(port).post(COMPLIANCE, "overridePhiFinding", Map.of("input",
                ContentFixtures.with(finding, "justification", "fine")));
        assertThat(data(terse, "overridePhiFinding.userErrors.0.field")).isEqualTo(List.of("input", "justification"));

        Map<String, Object> overridden = new RawGraphQl(port).post(COMPLIANCE, "overridePhiFinding", Map.of("input",
                ContentFixtures.with(finding, "justification", "A public helpline number, not a patient's.")));
        assertThat(data(overridden, "overridePhiFinding.content.phiFindings.0.overridden")).isEqualTo(true);
        assertThat(data(overridden, "overridePhiFinding.content.phiOverrides.0.quote")).asString().contains("0123");
        Map<String, Object> again = new RawGraphQl(port).post(COMPLIANCE, "overridePhiFinding", Map.of("input",
                ContentFixtures.with(finding, "justification", "A public helpline number, not a patient's.")));
        assertThat(data(again, "overridePhiFinding.userErrors.0.message")).isEqualTo("This finding is already overridden");
        assertThat(data(ContentFixtures.submit(port, ContentFixtures.now(port, item)),
                "submitContentForReview.userErrors")).isEqualTo(List.of());
    }

    @Test
    void theOrganisationsOwnPhoneNumberOnItsAllowListIsNoFinding() {
        String admin = io.carepulse.support.TestTokens.staff(io.carepulse.support.TestTokens.RIVERSIDE,
                io.carepulse.platform.security.Role.ADMIN);
        Map<String, Object> settings = new RawGraphQl(port).post(admin, "organizationSettings", Map.of());
        int version = ((Number) data(settings, "organizationSettings.version")).intValue();
        Map<String, Object> updated = new RawGraphQl(port).postQuery(admin, "mutation($input: "
                + "UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { userErrors { message } "
                + "organizationSettings { phiAllowList } } }", Map.of("input", Map.of("expectedVersion", version,
                "phiAllowList", List.of("(951) 555-0142"))));
        assertThat(data(updated, "updateOrganizationSettings.organizationSettings.phiAllowList"))
                .isEqualTo(List.of("(951) 555-0142"));

        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Flu shot line")), "body",
                "Book your flu shot today: call us at 951-555-0142."));
        assertThat(data(ContentFixtures.submit(port, item), "submitContentForReview.userErrors")).isEqualTo(List.of());
        Map<String, Object> scanned = new RawGraphQl(port).post(MARKETER, "scanText",
                Map.of("text", "Call 951-555-0142 or 951-555-0143"));
        assertThat((List<?>) data(scanned, "scanText")).hasSize(1);
    }

    @Test
    void aStoryNeedsAConsentAndShowsOnlyWhatItCovers() {
        String patient = "Maria Gonzalez";
        Map<String, Object> story = ContentFixtures.with(ContentFixtures.with(ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Maria's story")), "format", "PATIENT_STORY"), "body",
                patient + " was treated for knee pain at Riverside and walks again."), "citations", List.of());
        story = ContentFixtures.with(story, "variants", List.of(Map.of("channel", "FACEBOOK",
                "text", "Meet " + patient + ", who walks again after knee surgery.")));

        ContentFixtures.Item unconsented = ContentFixtures.create(port, MARKETER, story);
        Map<String, Object> refused = ContentFixtures.submit(port, unconsented);
        assertThat(refused.toString()).contains("CONSENT_MISSING").contains("PHI_SUSPECTED");

        // Her consent covers her name and story on Facebook for education.
        Map<String, Object> consentInput = ConsentFixtures.with(ConsentFixtures.with(ConsentFixtures.complete(patient),
                "categories", List.of("NAME", "STORY")), "channels", List.of("FACEBOOK"));
        ConsentFixtures.Recorded consent = ConsentFixtures.record(port, consentInput);
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER,
                ContentFixtures.with(story, "consentIds", List.of(consent.id())));
        Map<String, Object> submitted = ContentFixtures.submit(port, item);
        assertThat(data(submitted, "submitContentForReview.userErrors")).as("%s", submitted).isEqualTo(List.of());
        Map<String, Object> view = new RawGraphQl(port).post(MARKETER, "contentItem", Map.of("id", item.id()));
        assertThat(view.toString()).contains("coveredByConsent=true").doesNotContain("coveredByConsent=false");

        // Clinical approval leads to the compliance review, by another person.
        item = ContentFixtures.now(port, item);
        Map<String, Object> clinical = ContentFixtures.review(port, REVIEWER, item, "APPROVE", null);
        assertThat(data(clinical, "reviewContent.content.status")).isEqualTo("IN_COMPLIANCE_REVIEW");
        item = ContentFixtures.now(port, item);
        Map<String, Object> byReviewer = ContentFixtures.review(port, OTHER_REVIEWER, item, "APPROVE", null);
        assertThat(data(byReviewer, "reviewContent.userErrors.0.code")).isEqualTo("INVALID_STATE");
        Map<String, Object> compliance = ContentFixtures.review(port, COMPLIANCE, item, "APPROVE", null);
        assertThat(data(compliance, "reviewContent.content.status")).isEqualTo("APPROVED");
    }

    @Test
    void anUnconsentedDateOfBirthOrARevokedConsentBlocksTheStory() {
        String patient = "Ahmed Karimi";
        ConsentFixtures.Recorded consent = ConsentFixtures.record(port, ConsentFixtures.with(ConsentFixtures.with(
                ConsentFixtures.complete(patient), "categories", List.of("NAME", "STORY")), "channels",
                List.of("FACEBOOK")));
        Map<String, Object> story = ContentFixtures.with(ContentFixtures.with(ContentFixtures.with(ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Ahmed's story")), "format", "PATIENT_STORY"), "body",
                patient + ", DOB 04/12/1961, had his heart surgery here."), "citations", List.of()),
                "consentIds", List.of(consent.id()));
        story = ContentFixtures.with(story, "variants", List.of(Map.of("channel", "FACEBOOK", "text", "Ahmed's heart")));
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, story);
        Map<String, Object> refused = ContentFixtures.submit(port, item);
        assertThat(refused.toString()).contains("PHI_SUSPECTED").contains("personal date").doesNotContain("person name");

        ContentFixtures.Item clean = ContentFixtures.create(port, MARKETER, ContentFixtures.with(story, "body",
                patient + " had his heart surgery here."));
        new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent", Map.of("input", Map.of(
                "consentId", consent.id(), "receivedAt", Instant.now().toString(), "method", "LETTER")));
        Map<String, Object> revoked = ContentFixtures.submit(port, clean);
        assertThat(data(revoked, "submitContentForReview.userErrors")).asString().contains("CONSENT_MISSING");
    }
}
