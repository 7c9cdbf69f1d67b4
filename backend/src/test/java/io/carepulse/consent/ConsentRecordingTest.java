package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Recording a complete authorization: what is kept, how it is labelled, and what reaches the disk. */
class ConsentRecordingTest extends IntegrationTest {

    @Autowired
    ReactiveMongoTemplate template;

    @Autowired
    EventLog eventLog;

    @Test
    void aCompleteAuthorizationIsRecordedActiveWithAGeneratedLabelAndEveryStatementAcknowledged() {
        String name = unique("Maria Lopez");
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "recordConsent",
                Map.of("input", ConsentFixtures.complete(name)));

        assertThat(data(body, "recordConsent.userErrors")).isEqualTo(List.of());
        String number = (String) data(body, "recordConsent.consent.number");
        assertThat(number).matches("C-\\d{4}-\\d{4,}");
        assertThat(data(body, "recordConsent.consent.label")).isEqualTo(number + " · STORY, PHOTO · Facebook, Instagram");
        assertThat(data(body, "recordConsent.consent.status")).isEqualTo("ACTIVE");
        assertThat(data(body, "recordConsent.consent.patient.name")).isEqualTo(name);
        assertThat(data(body, "recordConsent.consent.patient.dateOfBirth")).isEqualTo("1961-04-12");
        assertThat((String) data(body, "recordConsent.consent.patient.subjectId")).matches("PT-[0-9A-F]{12}");
        assertThat(data(body, "recordConsent.consent.signature.signerName")).isEqualTo(name);
        assertThat(data(body, "recordConsent.consent.statements.0.kind")).isEqualTo("REVOCATION_RIGHT");
        assertThat((String) data(body, "recordConsent.consent.statements.0.text"))
                .contains("write to the Privacy Office, 1 River Road.");
        assertThat(data(body, "recordConsent.consent.statements.2.kind")).isEqualTo("REDISCLOSURE");
        assertThat(data(body, "recordConsent.consent.statements.2.acknowledged")).isEqualTo(true);
    }

    @Test
    void consecutiveConsentsGetConsecutiveNumbersAndTheSamePatientTheSameSubjectId() {
        String name = unique("Ahmed Khan");
        ConsentFixtures.Recorded first = ConsentFixtures.record(port, ConsentFixtures.complete(name));
        ConsentFixtures.Recorded second = ConsentFixtures.record(port, ConsentFixtures.complete(name));

        int a = Integer.parseInt(first.number().substring(7));
        int b = Integer.parseInt(second.number().substring(7));
        assertThat(b).isGreaterThan(a);
        Map<String, Object> one = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consent",
                Map.of("id", first.id()));
        Map<String, Object> two = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consent",
                Map.of("id", second.id()));
        assertThat(data(one, "consent.patient.subjectId")).isEqualTo(data(two, "consent.patient.subjectId"));
    }

    @Test
    void theStoredDocumentHoldsNoPlaintextNameDateOfBirthOrContact() {
        String name = unique("Zebulon Quarrington");
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(name));

        // Read with the driver, not the mapping: what is on the disk.
        Document raw = template.getCollection(Consent.COLLECTION)
                .flatMap(collection -> reactor.core.publisher.Mono.from(collection.find(new Document("_id",
                        GlobalId.objectId(recorded.id(), Consent.TYPE))).first()))
                .block(Duration.ofSeconds(10));
        String stored = raw.toJson() + new String(bytesOf(raw), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("Zebulon").doesNotContain("Quarrington").doesNotContain("1961-04-12")
                .doesNotContain("patient@example.org").doesNotContain("555 0100");
        Document patient = raw.get("patient", Document.class);
        assertThat(patient.get("name")).isInstanceOf(org.bson.types.Binary.class);
        assertThat(patient.getString("index")).matches("[0-9a-f]{64}");
        assertThat(raw.getString("encryptedUnder")).isNotBlank();
    }

    @Test
    void recordingPublishesConsentRecordedWithTheScopeAndNoPatient() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Ines Moreau")));

        List<ConsentEvent> events = eventLog.after(ConsentChanges.STREAM, RIVERSIDE, 0)
                .map(io.carepulse.platform.events.Event::payload)
                .filter(event -> event.consentId().equals(recorded.id()))
                .collectList()
                .contextWrite(org.springframework.security.core.context.ReactiveSecurityContextHolder
                        .withAuthentication(io.carepulse.platform.security.CallerAuthentication.forJob(RIVERSIDE,
                                "test")))
                .block(Duration.ofSeconds(10));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ConsentEvent.Kind.CONSENT_RECORDED);
            assertThat(event.status()).isEqualTo(ConsentStatus.ACTIVE);
            assertThat(event.channels()).containsExactly(ConsentChannel.FACEBOOK, ConsentChannel.INSTAGRAM);
            assertThat(event.toString()).doesNotContain("Ines");
        });
    }

    @Test
    void everyStatementThePatientAcknowledgesIsInPlainLanguage() {
        for (ConsentStatementKind kind : ConsentStatementKind.values()) {
            String text = ConsentWording.statement(kind, "Riverside Health",
                    "write to the Privacy Office at 1 River Road.", "Acme Orthopedics");
            assertThat(io.carepulse.platform.text.Readability.of(text).grade()).as("%s: %s", kind, text)
                    .isLessThanOrEqualTo(io.carepulse.platform.text.Readability.PLAIN_LANGUAGE_GRADE);
        }
    }

    private static byte[] bytesOf(Document raw) {
        return new org.bson.RawBsonDocument(raw, new org.bson.codecs.DocumentCodec()).getByteBuffer().array();
    }
}
