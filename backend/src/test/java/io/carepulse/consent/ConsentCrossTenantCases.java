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
        return Prepared.of(Map.of(
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
                                body -> notFound(body, "deleteConsent"))))
                .withNodes(Map.of("Consent", id))
                .untouchedWhen(() -> {
                    Map<String, Object> body = world.raw().post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                            "consentScope", Map.of("id", id));
                    assertThat(data(body, "consent.number")).isEqualTo(number);
                    assertThat(data(body, "consent.status")).isEqualTo("ACTIVE");
                    assertThat(data(body, "consent.version")).isEqualTo(1);
                });
    }

    private static void notFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(body, mutation + ".userErrors.0.field")).isEqualTo(List.of("input", "consentId"));
    }
}
