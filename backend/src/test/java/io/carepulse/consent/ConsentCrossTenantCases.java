package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Consents as another organisation tries them: none is seen, revoked, deleted or given a document. */
@Component
class ConsentCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        String name = world.unique("Riverside Patient");
        Map<String, Object> input = ConsentFixtures.with(ConsentFixtures.complete(name), "expiresOn",
                java.time.LocalDate.now().plusDays(5).toString());
        Map<String, Object> recorded = world.raw().post(ConsentFixtures.COMPLIANCE, "recordConsent",
                Map.of("input", input));
        String id = (String) data(recorded, "recordConsent.consent.id");
        String number = (String) data(recorded, "recordConsent.consent.number");
        Map<String, Object> byId = Map.of("consentId", id);
        Map<String, Object> requestInput = new java.util.LinkedHashMap<>(input);
        requestInput.remove("signature");
        requestInput.remove("acknowledgedStatements");
        Map<String, Object> requested = world.raw().post(ConsentFixtures.COMPLIANCE, "requestConsent",
                Map.of("input", requestInput));
        String requestId = (String) data(requested, "requestConsent.consentRequest.id");
        String link = (String) data(requested, "requestConsent.signingLink");
        String token = link.substring(link.indexOf('#') + 1);
        Map<String, Case> cases = new java.util.HashMap<>(Map.of(
                "consentRequests", new Case("consentRequests", Map.of("first", 100),
                        body -> assertThat(body.toString()).doesNotContain(requestId)),
                // A capability: its holder sees the organisation's name, nothing of the patient before the birth date.
                "consentRequest", new Case("consentRequest", Map.of("token", token),
                        body -> {
                            assertThat(data(body, "consentRequest.confirmed")).isEqualTo(false);
                            assertThat(body.toString()).doesNotContain(name);
                        }),
                "consentRevocation", new Case("consentRevocation", Map.of("token", "x".repeat(43)),
                        body -> assertThat(data(body, "consentRevocation")).isNull()),
                "requestConsent", new Case("requestConsent", Map.of("input", requestInput),
                        body -> assertThat(data(body, "requestConsent.consentRequest.id")).isNotEqualTo(requestId)),
                "cancelConsentRequest", new Case("cancelConsentRequest", Map.of("input",
                        Map.of("consentRequestId", requestId)),
                        body -> assertThat(data(body, "cancelConsentRequest.userErrors.0.code")).isEqualTo("NOT_FOUND")),
                "signConsentRequest", new Case("signConsentRequest", Map.of("input", Map.of("token", token,
                        "dateOfBirth", "1961-04-12", "signerKind", "PATIENT", "signerName", "Intruder",
                        "signature", "not a drawing", "acknowledgedStatements", List.of())),
                        body -> assertThat(data(body, "signConsentRequest.label")).isNull()),
                "revokeConsentByLink", new Case("revokeConsentByLink", Map.of("input", Map.of("token", "y".repeat(43))),
                        body -> assertThat(data(body, "revokeConsentByLink.userErrors.0.code"))
                                .isEqualTo("LINK_NOT_VALID"))));
        cases.putAll(Map.of(
                        "consents", new Case("consents", Map.of("first", 100, "filter",
                                Map.of("search", name + " 1961-04-12")),
                                body -> assertThat((List<?>) data(body, "consents.edges")).isEmpty()),
                        "consent", new Case("consent", Map.of("id", id),
                                body -> assertThat(data(body, "consent")).isNull()),
                        "consentsExpiringSoon", new Case("consentsExpiringSoon", Map.of("days", 30),
                                body -> assertThat(body.toString()).doesNotContain(id)),
                        "consentAccessLog", new Case("consentAccessLog", byId,
                                body -> assertThat((List<?>) data(body, "consentAccessLog")).isEmpty()),
                        "recordConsent", new Case("recordConsent", Map.of("input", input),
                                body -> assertThat(data(body, "recordConsent.consent.id")).isNotEqualTo(id)),
                        "attachConsentDocument", new Case("attachConsentDocument", Map.of("input", Map.of(
                                "consentId", id, "expectedVersion", 1, "fileId", "0".repeat(24),
                                "sha256", "0".repeat(64))),
                                body -> notFound(body, "attachConsentDocument")),
                        "revokeConsent", new Case("revokeConsent", Map.of("input", Map.of("consentId", id,
                                "receivedAt", Instant.now().toString(), "method", "EMAIL")),
                                body -> notFound(body, "revokeConsent")),
                        "deleteConsent", new Case("deleteConsent", Map.of("input", byId),
                                body -> notFound(body, "deleteConsent"))));
        return Prepared.of(cases)
                .withNodes(Map.of("Consent", id, "ConsentRequest", requestId))
                .untouchedWhen(() -> {
                    Map<String, Object> body = world.raw().post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                            "consentScope", Map.of("id", id));
                    assertThat(data(body, "consent.number")).isEqualTo(number);
                    assertThat(data(body, "consent.status")).isEqualTo("ACTIVE");
                    assertThat(data(body, "consent.version")).isEqualTo(1);
                    Map<String, Object> request = world.raw().post(ConsentFixtures.COMPLIANCE, "node",
                            Map.of("id", requestId));
                    assertThat(data(request, "node.status")).isEqualTo("PENDING");
                    assertThat(data(request, "node.failedAttempts")).isEqualTo(0);
                });
    }

    private static void notFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(body, mutation + ".userErrors.0.field")).isEqualTo(List.of("input", "consentId"));
    }
}
