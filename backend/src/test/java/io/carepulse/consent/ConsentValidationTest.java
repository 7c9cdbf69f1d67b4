package io.carepulse.consent;

import static io.carepulse.consent.ConsentFixtures.complete;
import static io.carepulse.consent.ConsentFixtures.with;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An authorization missing an element of 164.508, or with an invalid one, is refused with a user
 * error per element citing the regulation, on the field to fix, and nothing is recorded.
 */
class ConsentValidationTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now().toString();

    static Stream<Arguments> incompleteAuthorizations() {
        return Stream.of(
                refused("no description", in -> with(in, "informationDescription", "  "),
                        "HIPAA_164_508_C1_DESCRIPTION_MISSING", List.of("input", "informationDescription")),
                refused("no category", in -> with(in, "categories", List.of()),
                        "HIPAA_164_508_C1_DESCRIPTION_MISSING", List.of("input", "categories")),
                refused("nobody may disclose", in -> with(in, "disclosedByOrganization", false),
                        "HIPAA_164_508_C1_DISCLOSER_MISSING", List.of("input", "disclosedByOrganization")),
                refused("no channel", in -> with(in, "channels", List.of()),
                        "HIPAA_164_508_C1_RECIPIENT_MISSING", List.of("input", "channels")),
                refused("no purpose", in -> with(in, "purposes", List.of()),
                        "HIPAA_164_508_C1_PURPOSE_MISSING", List.of("input", "purposes")),
                refused("neither expiration date nor event", in -> with(in, "expiresOn", null),
                        "HIPAA_164_508_C1_EXPIRATION_MISSING", List.of("input", "expiresOn")),
                refused("expiry in the past", in -> with(in, "expiresOn", LocalDate.now().minusDays(1).toString()),
                        "HIPAA_164_508_C1_EXPIRATION_MISSING", List.of("input", "expiresOn")),
                refused("no signature", in -> with(in, "signature", null),
                        "HIPAA_164_508_C1_SIGNATURE_MISSING", List.of("input", "signature")),
                refused("no signer name", in -> with(in, "signature", Map.of("signerKind", "PATIENT",
                        "signedOn", TODAY)), "HIPAA_164_508_C1_SIGNATURE_MISSING",
                        List.of("input", "signature", "signerName")),
                refused("no signature date", in -> with(in, "signature", Map.of("signerKind", "PATIENT",
                        "signerName", "Maria Lopez")), "HIPAA_164_508_C1_SIGNATURE_MISSING",
                        List.of("input", "signature", "signedOn")),
                refused("signature date in the future", in -> with(in, "signature", Map.of("signerKind", "PATIENT",
                        "signerName", "Maria Lopez", "signedOn", LocalDate.now().plusDays(2).toString())),
                        "HIPAA_164_508_C1_SIGNATURE_MISSING", List.of("input", "signature", "signedOn")),
                refused("representative without authority", in -> with(in, "signature", Map.of(
                        "signerKind", "REPRESENTATIVE", "signerName", "Rosa Lopez", "signedOn", TODAY)),
                        "HIPAA_164_508_C1_SIGNATURE_MISSING",
                        List.of("input", "signature", "representativeAuthority")),
                refused("revocation right not acknowledged", in -> with(in, "acknowledgedStatements",
                        List.of("TREATMENT_NOT_CONDITIONED", "REDISCLOSURE")), "HIPAA_164_508_C2_STATEMENT_MISSING",
                        List.of("input", "acknowledgedStatements", "REVOCATION_RIGHT")),
                refused("treatment statement not acknowledged", in -> with(in, "acknowledgedStatements",
                        List.of("REVOCATION_RIGHT", "REDISCLOSURE")), "HIPAA_164_508_C2_STATEMENT_MISSING",
                        List.of("input", "acknowledgedStatements", "TREATMENT_NOT_CONDITIONED")),
                refused("redisclosure statement not acknowledged", in -> with(in, "acknowledgedStatements",
                        List.of("REVOCATION_RIGHT", "TREATMENT_NOT_CONDITIONED")), "HIPAA_164_508_C2_STATEMENT_MISSING",
                        List.of("input", "acknowledgedStatements", "REDISCLOSURE")),
                refused("no way to revoke", in -> with(in, "revocationInstructions", null),
                        "HIPAA_164_508_C2_STATEMENT_MISSING", List.of("input", "revocationInstructions")),
                refused("paid marketing without the statement", in -> with(with(in, "financialRemuneration", true),
                        "remunerationSource", "Acme Orthopedics"),
                        "HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING",
                        List.of("input", "acknowledgedStatements", "REMUNERATION")),
                refused("paid marketing without a payer", in -> with(with(in, "financialRemuneration", true),
                        "acknowledgedStatements", List.of("REVOCATION_RIGHT", "TREATMENT_NOT_CONDITIONED",
                                "REDISCLOSURE", "REMUNERATION")),
                        "HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING", List.of("input", "remunerationSource")),
                refused("no patient name", in -> with(in, "patient", Map.of("dateOfBirth", "1961-04-12")),
                        "REQUIRED", List.of("input", "patient", "name")),
                refused("date of birth in the future", in -> with(in, "patient", Map.of("name", "Maria Lopez",
                        "dateOfBirth", LocalDate.now().plusDays(1).toString())), "INVALID",
                        List.of("input", "patient", "dateOfBirth")),
                refused("malformed email", in -> with(in, "patient", Map.of("name", "Maria Lopez",
                        "dateOfBirth", "1961-04-12", "email", "maria at home")), "INVALID",
                        List.of("input", "patient", "email")));
    }

    private static Arguments refused(String label, UnaryOperator<Map<String, Object>> change, String code,
            List<String> field) {
        return Arguments.of(label, change, code, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteAuthorizations")
    void anIncompleteOrInvalidAuthorizationIsRefusedCitingTheElementAndNothingIsRecorded(String label,
            UnaryOperator<Map<String, Object>> change, String code, List<String> field) {
        String name = unique("Refused Patient");
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "recordConsent",
                Map.of("input", change.apply(complete(name))));

        assertThat(data(body, "recordConsent.consent")).isNull();
        assertThat(data(body, "recordConsent.userErrors.0.code")).as("%s", body).isEqualTo(code);
        assertThat(data(body, "recordConsent.userErrors.0.field")).isEqualTo(field);
        assertThat((String) data(body, "recordConsent.userErrors.0.message")).isNotBlank()
                .doesNotContain(name).doesNotContain("1961");
        assertThat((List<?>) data(body, "recordConsent.userErrors")).as("one error for one missing element")
                .hasSize(1);
        Map<String, Object> search = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consents",
                Map.of("filter", Map.of("search", name + " 1961-04-12")));
        assertThat((List<?>) data(search, "consents.edges")).as("nothing recorded").isEmpty();
    }

    @Test
    void anEmptyAuthorizationGetsOneErrorPerMissingElement() {
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "recordConsent",
                Map.of("input", Map.of("patient", Map.of("name", "Maria Lopez", "dateOfBirth", "1961-04-12"))));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) data(body, "recordConsent.userErrors");
        assertThat(errors).extracting(error -> error.get("code")).contains(
                "HIPAA_164_508_C1_DESCRIPTION_MISSING", "HIPAA_164_508_C1_DISCLOSER_MISSING",
                "HIPAA_164_508_C1_RECIPIENT_MISSING", "HIPAA_164_508_C1_PURPOSE_MISSING",
                "HIPAA_164_508_C1_EXPIRATION_MISSING", "HIPAA_164_508_C1_SIGNATURE_MISSING",
                "HIPAA_164_508_C2_STATEMENT_MISSING");
        assertThat(errors).filteredOn(error -> "HIPAA_164_508_C2_STATEMENT_MISSING".equals(error.get("code")))
                .as("the way to revoke, and each of the three statements").hasSize(4);
    }

    @Test
    void anExpirationEventInWordsStandsForADate() {
        Map<String, Object> input = with(with(complete(unique("Event Patient")), "expiresOn", null),
                "expirationEvent", "When the 2027 flu-shot campaign ends");
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, input);
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consent",
                Map.of("id", recorded.id()));
        assertThat(data(body, "consent.expiresOn")).isNull();
        assertThat(data(body, "consent.expirationEvent")).isEqualTo("When the 2027 flu-shot campaign ends");
    }

    @Test
    void aMalformedDateIsAValidationErrorNamingTheField() {
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "recordConsent",
                Map.of("input", with(complete(unique("Bad Date")), "expiresOn", "31/12/2027")));
        assertThat(RawGraphQl.classifications(body)).containsExactly("ValidationError");
        assertThat(body.toString()).contains("(at input.expiresOn): enter a date like 2027-12-31")
                .contains("field=[input, expiresOn]");
        assertThat(data(body, "recordConsent")).isNull();
    }
}
