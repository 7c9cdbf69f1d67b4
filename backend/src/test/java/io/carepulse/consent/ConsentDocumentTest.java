package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The signed document: uploaded beside GraphQL, attached with its hash checked, downloaded only
 * by compliance staff of the organisation (each download logged); bad uploads store nothing.
 */
class ConsentDocumentTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ReactiveMongoTemplate template;

    @Test
    void aSignedPdfIsAttachedWithItsHashAndDownloadedUnchangedByComplianceOnly() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Signed")));
        Map<String, Object> uploaded = upload(ConsentFixtures.COMPLIANCE, PDF, "application/pdf", sha256(PDF))
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        assertThat(uploaded).containsEntry("sha256", sha256(PDF)).containsEntry("contentType", "application/pdf")
                .containsEntry("size", PDF.length);

        Map<String, Object> attached = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "attachConsentDocument",
                Map.of("input", Map.of("consentId", recorded.id(), "expectedVersion", recorded.version(),
                        "fileId", uploaded.get("id"), "sha256", sha256(PDF))));
        assertThat(data(attached, "attachConsentDocument.userErrors")).isEqualTo(List.of());
        String path = (String) data(attached, "attachConsentDocument.consent.document.downloadPath");
        assertThat(path).isEqualTo("/api/consents/" + recorded.id() + "/document");

        byte[] downloaded = http().get().uri(path).headers(h -> h.setBearerAuth(ConsentFixtures.COMPLIANCE)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("Content-Disposition",
                        "attachment; filename=\"" + recorded.number() + ".pdf\"")
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(PDF);

        http().get().uri(path).headers(h -> h.setBearerAuth(TestTokens.staff(RIVERSIDE, Role.MARKETER))).exchange()
                .expectStatus().isForbidden();
        http().get().uri(path).headers(h -> h.setBearerAuth(TestTokens.staff(LAKESIDE, Role.COMPLIANCE_OFFICER)))
                .exchange().expectStatus().isNotFound();
        http().get().uri(path).exchange().expectStatus().isUnauthorized();

        Map<String, Object> log = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consentAccessLog",
                Map.of("consentId", recorded.id()));
        assertThat(data(log, "consentAccessLog.0.fields")).isEqualTo(List.of("document"));
        assertThat(log.toString()).doesNotContain("marketer@").doesNotContain("lakeside");

        Map<String, Object> again = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "attachConsentDocument",
                Map.of("input", Map.of("consentId", recorded.id(), "expectedVersion", recorded.version() + 1,
                        "fileId", uploaded.get("id"), "sha256", sha256(PDF))));
        assertThat(data(again, "attachConsentDocument.userErrors.0.message"))
                .isEqualTo("This consent already has its signed document");
    }

    @Autowired
    ConsentExpiry expiry;

    @Test
    void deletingAConsentRemovesItsDocumentAndADeletionCutShortIsFinishedByTheSweep() {
        String[] fileIds = new String[2];
        String[] consentIds = new String[2];
        for (int i = 0; i < 2; i++) {
            ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Purged")));
            Map<String, Object> uploaded = upload(ConsentFixtures.COMPLIANCE, PDF, "application/pdf", null)
                    .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
            new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "attachConsentDocument", Map.of("input", Map.of(
                    "consentId", recorded.id(), "expectedVersion", recorded.version(), "fileId", uploaded.get("id"),
                    "sha256", sha256(PDF))));
            new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent", Map.of("input", Map.of(
                    "consentId", recorded.id(), "receivedAt", java.time.Instant.now().toString(), "method", "LETTER")));
            java.time.Instant longAgo = java.time.Instant.now().minus(Duration.ofDays(7 * 366));
            template.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                    .is(io.carepulse.platform.graphql.GlobalId.objectId(recorded.id(), Consent.TYPE))),
                    new org.springframework.data.mongodb.core.query.Update().set("createdAt", longAgo)
                            .set("lastInEffectAt", longAgo), Consent.class).block(Duration.ofSeconds(10));
            fileIds[i] = (String) uploaded.get("id");
            consentIds[i] = recorded.id();
        }
        Map<String, Object> deleted = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "deleteConsent",
                Map.of("input", Map.of("consentId", consentIds[0])));
        assertThat(data(deleted, "deleteConsent.userErrors")).isEqualTo(List.of());
        assertThat(fileExists(fileIds[0])).as("removed with its consent").isFalse();

        // The second deletion stops after the tombstone is written, before its file is removed.
        template.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .is(io.carepulse.platform.graphql.GlobalId.objectId(consentIds[1], Consent.TYPE))),
                new org.springframework.data.mongodb.core.query.Update().set("deletedAt", java.time.Instant.now())
                        .unset("patient"), Consent.class).block(Duration.ofSeconds(10));
        assertThat(fileExists(fileIds[1])).isTrue();
        expiry.finishDeletions().block(Duration.ofSeconds(20));
        assertThat(fileExists(fileIds[1])).as("the sweep finishes it").isFalse();
    }

    private boolean fileExists(String id) {
        return Boolean.TRUE.equals(template.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(new org.bson.types.ObjectId(id))),
                "files.files").block(Duration.ofSeconds(10)));
    }

    @Test
    void aTwentyMegabyteUploadIsRefusedAndNothingIsStored() {
        long before = storedFiles();
        byte[] huge = new byte[20 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Map<String, Object> body = upload(ConsentFixtures.COMPLIANCE, huge, "application/pdf", null)
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE).expectBody(MAP).returnResult()
                .getResponseBody();
        assertThat(body).containsEntry("message", "The file is larger than 10 MB: choose a smaller one");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAPdfPngOrJpegIsRefused() {
        long before = storedFiles();
        Map<String, Object> body = upload(ConsentFixtures.COMPLIANCE, "Hello".getBytes(StandardCharsets.UTF_8),
                "application/pdf", null).expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody(MAP).returnResult().getResponseBody();
        assertThat(body).containsEntry("message", "Upload a JPEG, PDF, PNG file");
        Map<String, Object> mislabelled = upload(ConsentFixtures.COMPLIANCE, PDF, "image/png", null)
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE).expectBody(MAP).returnResult()
                .getResponseBody();
        assertThat((String) mislabelled.get("message")).startsWith("The file is a PDF but was sent as image/png");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aHashMismatchIsRefusedAtUploadAndAtAttachment() {
        long before = storedFiles();
        String wrong = "0".repeat(64);
        Map<String, Object> body = upload(ConsentFixtures.COMPLIANCE, PDF, "application/pdf", wrong)
                .expectStatus().isBadRequest().expectBody(MAP).returnResult().getResponseBody();
        assertThat(body).containsEntry("message",
                "The file changed on the way (its SHA-256 does not match): upload it again");
        assertThat(storedFiles()).isEqualTo(before);

        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Mismatch")));
        Map<String, Object> uploaded = upload(ConsentFixtures.COMPLIANCE, PDF, "application/pdf", null)
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> attached = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "attachConsentDocument",
                Map.of("input", Map.of("consentId", recorded.id(), "expectedVersion", recorded.version(),
                        "fileId", uploaded.get("id"), "sha256", wrong)));
        assertThat(data(attached, "attachConsentDocument.userErrors.0.field")).isEqualTo(List.of("input", "sha256"));
        assertThat(data(new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consent", Map.of("id", recorded.id())),
                "consent.document")).isNull();
    }

    @Test
    void aMarketerCannotUploadAndAnotherOrganisationCannotAttachTheUpload() {
        upload(TestTokens.staff(RIVERSIDE, Role.MARKETER), PDF, "application/pdf", null).expectStatus().isForbidden();

        Map<String, Object> uploaded = upload(ConsentFixtures.COMPLIANCE, PDF, "application/pdf", null)
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        String lakeside = TestTokens.staff(LAKESIDE, Role.COMPLIANCE_OFFICER);
        Map<String, Object> theirs = new RawGraphQl(port).post(lakeside, "recordConsent",
                Map.of("input", ConsentFixtures.complete(unique("Lakeside patient"))));
        Map<String, Object> attached = new RawGraphQl(port).post(lakeside, "attachConsentDocument",
                Map.of("input", Map.of("consentId", data(theirs, "recordConsent.consent.id"), "expectedVersion", 1,
                        "fileId", uploaded.get("id"), "sha256", sha256(PDF))));
        assertThat(data(attached, "attachConsentDocument.userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(attached, "attachConsentDocument.userErrors.0.field")).isEqualTo(List.of("input", "fileId"));
    }

    private WebTestClient.ResponseSpec upload(String token, byte[] bytes, String type, String hash) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("kind", "consent-document");
        if (hash != null) {
            parts.part("sha256", hash);
        }
        parts.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "signed.pdf";
            }
        }).contentType(MediaType.parseMediaType(type));
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build().post().uri("/api/files").headers(h -> h.setBearerAuth(token))
                .body(BodyInserters.fromMultipartData(parts.build())).exchange();
    }

    private long storedFiles() {
        return template.getCollection("files.files").flatMap(c -> reactor.core.publisher.Mono.from(
                c.countDocuments())).block(Duration.ofSeconds(10));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
}
