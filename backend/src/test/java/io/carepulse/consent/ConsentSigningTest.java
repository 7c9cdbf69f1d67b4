package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A patient signs a request on their phone: the link opens nothing before the date of birth, five
 * wrong dates lock it, signing records the consent with its PDF once, and the revocation link
 * revokes it in writing. A used, expired, cancelled or unknown link all answer the same.
 */
class ConsentSigningTest extends IntegrationTest {

    /** The smallest valid PNG: a 1×1 transparent pixel. */
    static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAA"
            + "DUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Autowired
    ReactiveMongoTemplate template;

    record Requested(String id, String token) {
    }

    @Test
    void theLinkShowsNothingBeforeTheDateOfBirthAndSigningRecordsTheConsentWithItsPdfOnce() {
        String name = unique("Signing Patient");
        Requested requested = request(name);
        RawGraphQl anonymous = new RawGraphQl(port);

        Map<String, Object> closed = anonymous.post(null, "consentRequest", Map.of("token", requested.token()));
        assertThat(data(closed, "consentRequest.organizationName")).isNotNull();
        assertThat(data(closed, "consentRequest.confirmed")).isEqualTo(false);
        assertThat(closed.toString()).doesNotContain(name).doesNotContain("knee");

        Map<String, Object> wrong = anonymous.post(null, "consentRequest",
                Map.of("token", requested.token(), "dateOfBirth", "1961-04-13"));
        assertThat(data(wrong, "consentRequest.confirmed")).isEqualTo(false);
        assertThat(data(wrong, "consentRequest.attemptsLeft")).isEqualTo(4);
        assertThat(wrong.toString()).doesNotContain(name);

        Map<String, Object> open = anonymous.post(null, "consentRequest",
                Map.of("token", requested.token(), "dateOfBirth", "1961-04-12"));
        assertThat(data(open, "consentRequest.confirmed")).isEqualTo(true);
        assertThat(data(open, "consentRequest.patientName")).isEqualTo(name);
        assertThat(data(open, "consentRequest.sections.0.heading")).isEqualTo("What we will share");
        assertThat(data(open, "consentRequest.statements.0.kind")).isEqualTo("REVOCATION_RIGHT");
        assertThat(((Number) data(open, "consentRequest.readingGrade")).doubleValue()).as("plain language")
                .isLessThanOrEqualTo(8.0);

        Map<String, Object> signed = anonymous.post(null, "signConsentRequest", Map.of("input", sign(requested)));
        assertThat(data(signed, "signConsentRequest.userErrors")).isEqualTo(List.of());
        byte[] copy = Base64.getDecoder().decode((String) data(signed, "signConsentRequest.signedCopy"));
        assertThat(new String(copy, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat((String) data(signed, "signConsentRequest.revocationLink")).contains("/consent/revoke#");

        String consentId = GlobalId.encode(Consent.TYPE, GlobalId.objectId(requested.id(), ConsentRequest.TYPE));
        Map<String, Object> consent = anonymous.post(ConsentFixtures.COMPLIANCE, "consentSigned", Map.of("id", consentId));
        assertThat(data(consent, "consent.status")).isEqualTo("ACTIVE");
        assertThat(data(consent, "consent.label")).isEqualTo(data(signed, "signConsentRequest.label"));
        assertThat(data(consent, "consent.signature.signerName")).isEqualTo("The Patient Themselves");
        assertThat(data(consent, "consent.signature.signedAt")).isNotNull();
        assertThat(data(consent, "consent.signature.signedFrom")).isNotNull();
        assertThat(data(consent, "consent.document.contentType")).isEqualTo("application/pdf");
        byte[] downloaded = http().get().uri((String) data(consent, "consent.document.downloadPath"))
                .headers(h -> h.setBearerAuth(ConsentFixtures.COMPLIANCE)).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(copy);
        assertThat(data(consent, "consent.document.sha256")).isEqualTo(ConsentDocumentTest.sha256(copy));

        // Used: the link now reveals nothing, and signing again records nothing.
        Map<String, Object> after = anonymous.post(null, "consentRequest",
                Map.of("token", requested.token(), "dateOfBirth", "1961-04-12"));
        assertThat(data(after, "consentRequest")).isNull();
        Map<String, Object> again = anonymous.post(null, "signConsentRequest", Map.of("input", sign(requested)));
        assertThat(data(again, "signConsentRequest.userErrors.0.code")).isEqualTo("LINK_NOT_VALID");
        Map<String, Object> requests = anonymous.post(ConsentFixtures.COMPLIANCE, "consentRequests",
                Map.of("filter", Map.of("status", List.of("SIGNED"))));
        assertThat(requests.toString()).contains(consentId);

        Map<String, Object> audit = anonymous.post(ConsentFixtures.COMPLIANCE, "auditByTarget",
                Map.of("targetId", consentId));
        assertThat(data(audit, "auditLog.edges.0.node.action")).isEqualTo("signConsentRequest");
        assertThat(data(audit, "auditLog.edges.0.node.actorKind")).isEqualTo("PATIENT");
    }

    @Test
    void aWrongTokenAnExpiredLinkAndACancelledRequestAnswerTheSame() {
        RawGraphQl anonymous = new RawGraphQl(port);
        assertThat(data(anonymous.post(null, "consentRequest", Map.of("token", "not-a-token")), "consentRequest"))
                .isNull();

        Requested expired = request(unique("Expired Link"));
        template.updateFirst(Query.query(Criteria.where("_id").is(GlobalId.objectId(expired.id(), ConsentRequest.TYPE))),
                new Update().set("linkExpiresAt", Instant.now().minusSeconds(1)), ConsentRequest.class)
                .block(Duration.ofSeconds(10));
        assertThat(data(anonymous.post(null, "consentRequest", Map.of("token", expired.token())), "consentRequest"))
                .isNull();
        Map<String, Object> expiredList = anonymous.post(ConsentFixtures.COMPLIANCE, "consentRequests",
                Map.of("first", 100, "filter", Map.of("status", List.of("EXPIRED"))));
        assertThat(expiredList.toString()).contains(expired.id());

        Requested cancelled = request(unique("Cancelled Link"));
        Map<String, Object> cancel = anonymous.post(ConsentFixtures.COMPLIANCE, "cancelConsentRequest",
                Map.of("input", Map.of("consentRequestId", cancelled.id())));
        assertThat(data(cancel, "cancelConsentRequest.consentRequest.status")).isEqualTo("CANCELLED");
        Map<String, Object> signCancelled = anonymous.post(null, "signConsentRequest",
                Map.of("input", sign(cancelled)));
        assertThat(data(signCancelled, "signConsentRequest.userErrors.0.code")).isEqualTo("LINK_NOT_VALID");
        assertThat(data(signCancelled, "signConsentRequest.userErrors.0.message"))
                .isEqualTo(data(anonymous.post(null, "signConsentRequest", Map.of("input", sign(
                        new Requested(cancelled.id(), "unknown-token")))), "signConsentRequest.userErrors.0.message"));
    }

    @Test
    void fiveWrongDatesOfBirthLockTheLink() {
        Requested requested = request(unique("Locked Patient"));
        RawGraphQl anonymous = new RawGraphQl(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            Map<String, Object> wrong = anonymous.post(null, "consentRequest",
                    Map.of("token", requested.token(), "dateOfBirth", "2000-01-0" + attempt));
            assertThat(data(wrong, "consentRequest.attemptsLeft")).isEqualTo(5 - attempt);
        }
        Map<String, Object> fifth = anonymous.post(null, "signConsentRequest", Map.of("input",
                with(sign(requested), "dateOfBirth", "2000-01-05")));
        assertThat(data(fifth, "signConsentRequest.userErrors.0.code")).isEqualTo("LINK_NOT_VALID");
        Map<String, Object> right = anonymous.post(null, "consentRequest",
                Map.of("token", requested.token(), "dateOfBirth", "1961-04-12"));
        assertThat(data(right, "consentRequest")).as("locked: even the right date opens nothing").isNull();
        Map<String, Object> locked = anonymous.post(ConsentFixtures.COMPLIANCE, "consentRequests",
                Map.of("first", 100, "filter", Map.of("status", List.of("LOCKED"))));
        assertThat(locked.toString()).contains(requested.id());
    }

    @Test
    void signingWithoutEveryAcknowledgementOrASignatureRecordsNothing() {
        Requested requested = request(unique("Careless Signer"));
        RawGraphQl anonymous = new RawGraphQl(port);
        Map<String, Object> body = anonymous.post(null, "signConsentRequest", Map.of("input", with(with(sign(requested),
                "acknowledgedStatements", List.of("REVOCATION_RIGHT", "REDISCLOSURE")), "signature",
                "data:image/png;base64,bm90IGEgcG5n")));
        assertThat(body.toString()).contains("HIPAA_164_508_C2_STATEMENT_MISSING")
                .contains("[input, acknowledgedStatements, TREATMENT_NOT_CONDITIONED]")
                .contains("[input, signature]");
        Map<String, Object> stillOpen = anonymous.post(null, "consentRequest",
                Map.of("token", requested.token(), "dateOfBirth", "1961-04-12"));
        assertThat(data(stillOpen, "consentRequest.confirmed")).isEqualTo(true);
    }

    @Test
    void theRevocationLinkShowsOnlyTheLabelAndRevokesInWritingOnce() {
        Requested requested = request(unique("Revoking Patient"));
        RawGraphQl anonymous = new RawGraphQl(port);
        Map<String, Object> signed = anonymous.post(null, "signConsentRequest", Map.of("input", sign(requested)));
        String link = (String) data(signed, "signConsentRequest.revocationLink");
        String token = link.substring(link.indexOf('#') + 1);

        Map<String, Object> shown = anonymous.post(null, "consentRevocation", Map.of("token", token));
        assertThat(data(shown, "consentRevocation.label")).isEqualTo(data(signed, "signConsentRequest.label"));
        assertThat(shown.toString()).doesNotContain("Revoking Patient");

        Map<String, Object> revoked = anonymous.post(null, "revokeConsentByLink",
                Map.of("input", Map.of("token", token, "reason", "I changed my mind")));
        assertThat(data(revoked, "revokeConsentByLink.revoked")).isEqualTo(true);
        String consentId = GlobalId.encode(Consent.TYPE, GlobalId.objectId(requested.id(), ConsentRequest.TYPE));
        Map<String, Object> consent = anonymous.post(ConsentFixtures.COMPLIANCE, "consentSigned", Map.of("id", consentId));
        assertThat(data(consent, "consent.status")).isEqualTo("REVOKED");
        assertThat(data(consent, "consent.revocation.method")).isEqualTo("ONLINE");

        assertThat(data(anonymous.post(null, "consentRevocation", Map.of("token", token)), "consentRevocation"))
                .isNull();
        Map<String, Object> twice = anonymous.post(null, "revokeConsentByLink", Map.of("input", Map.of("token", token)));
        assertThat(data(twice, "revokeConsentByLink.userErrors.0.code")).isEqualTo("LINK_NOT_VALID");
    }

    private Requested request(String name) {
        Map<String, Object> input = new LinkedHashMap<>(ConsentFixtures.complete(name));
        input.remove("signature");
        input.remove("acknowledgedStatements");
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "requestConsent",
                Map.of("input", input));
        assertThat(data(body, "requestConsent.userErrors")).as("%s", body).isEqualTo(List.of());
        assertThat(data(body, "requestConsent.consentRequest.status")).isEqualTo("PENDING");
        String link = (String) data(body, "requestConsent.signingLink");
        assertThat(link).startsWith("http").contains("/consent#");
        return new Requested((String) data(body, "requestConsent.consentRequest.id"),
                link.substring(link.indexOf('#') + 1));
    }

    private static Map<String, Object> sign(Requested requested) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("token", requested.token());
        input.put("dateOfBirth", "1961-04-12");
        input.put("signerKind", "PATIENT");
        input.put("signerName", "  The Patient Themselves ");
        input.put("signature", SIGNATURE);
        input.put("acknowledgedStatements", List.of("REVOCATION_RIGHT", "TREATMENT_NOT_CONDITIONED", "REDISCLOSURE"));
        return input;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
