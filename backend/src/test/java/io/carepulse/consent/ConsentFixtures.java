package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete authorization, and recording one as Riverside's compliance officer (content tests link them too). */
public final class ConsentFixtures {

    public static final String COMPLIANCE = TestTokens.staff(TestTokens.RIVERSIDE, Role.COMPLIANCE_OFFICER);

    private ConsentFixtures() {
    }

    public record Recorded(String id, int version, String number, String label) {
    }

    /** Every element of a valid authorization, for a patient of this name. */
    public static Map<String, Object> complete(String patientName) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("patient", Map.of("name", patientName, "dateOfBirth", "1961-04-12",
                "email", "patient@example.org", "phone", "+1 555 0100"));
        input.put("informationDescription", "My photo and my story of recovering from knee surgery");
        input.put("categories", List.of("STORY", "PHOTO"));
        input.put("disclosedByOrganization", true);
        input.put("channels", List.of("FACEBOOK", "INSTAGRAM"));
        input.put("purposes", List.of(Map.of("kind", "EDUCATION", "description", "Teach others about recovery")));
        input.put("expiresOn", LocalDate.now().plusYears(1).toString());
        input.put("signature", Map.of("signerKind", "PATIENT", "signerName", patientName,
                "signedOn", LocalDate.now().minusDays(1).toString()));
        input.put("revocationInstructions", "write to the Privacy Office, 1 River Road.");
        input.put("acknowledgedStatements", List.of("REVOCATION_RIGHT", "TREATMENT_NOT_CONDITIONED", "REDISCLOSURE"));
        return input;
    }

    public static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    public static Recorded record(int port, Map<String, Object> input) {
        Map<String, Object> body = new RawGraphQl(port).post(COMPLIANCE, "recordConsent", Map.of("input", input));
        assertThat(data(body, "recordConsent.userErrors")).as("%s", body).isEqualTo(List.of());
        return new Recorded((String) data(body, "recordConsent.consent.id"),
                ((Number) data(body, "recordConsent.consent.version")).intValue(),
                (String) data(body, "recordConsent.consent.number"), (String) data(body, "recordConsent.consent.label"));
    }
}
