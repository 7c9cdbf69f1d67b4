package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.crypto.BlindIndex;
import io.carepulse.platform.crypto.FieldEncryption;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Data key rotation: values under the old key stay readable, and the re-encryption job moves them. */
class ConsentKeyRotationTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    FieldEncryption encryption;

    @Autowired
    BlindIndex blindIndex;

    @Autowired
    CrossTenantAccess access;

    @Autowired
    JobLeases leases;

    @Autowired
    ReactiveMongoTemplate template;

    @Test
    void aConsentWrittenUnderKeyAIsReadableUnderKeyBAndTheJobMovesIt() throws Exception {
        String name = unique("Rotated Patient");
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(name));
        Document before = raw(recorded.id());
        String keyA = before.getString("encryptedUnder");

        FieldEncryption rotated = encryption.rotatedTo("pii-rotation-test-" + System.nanoTime());
        try {
            ConsentCrypto underB = new ConsentCrypto(rotated, blindIndex);
            String keyB = underB.currentKey().block(WAIT);
            assertThat(keyB).isNotEqualTo(keyA);
            Binary storedName = before.get("patient", Document.class).get("name", Binary.class);
            assertThat(underB.decrypt(storedName).block(WAIT)).as("old values stay readable").isEqualTo(name);

            long moved = new ConsentKeyRotation(access, underB, leases).reencryptAll().block(WAIT);
            assertThat(moved).isGreaterThanOrEqualTo(1L);

            Document after = raw(recorded.id());
            assertThat(after.getString("encryptedUnder")).isEqualTo(keyB);
            Binary newName = after.get("patient", Document.class).get("name", Binary.class);
            assertThat(FieldEncryption.dataKeyOf(newName).toString()).isEqualTo(keyB);
            Binary newSigner = after.get("signature", Document.class).get("signerName", Binary.class);
            assertThat(FieldEncryption.dataKeyOf(newSigner).toString()).isEqualTo(keyB);
            assertThat(underB.decrypt(newName).block(WAIT)).isEqualTo(name);
            assertThat(after.getInteger("version")).as("not a change anyone made").isEqualTo(before.getInteger("version"));
            // The running instance (still on key A) reads the moved values through the API too.
            Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consentPatient",
                    Map.of("id", recorded.id()));
            assertThat(data(body, "consent.patient.name")).isEqualTo(name);
            assertThat(new ConsentKeyRotation(access, underB, leases).reencryptAll().block(WAIT))
                    .as("nothing left to move for this consent").isLessThan(moved);
        } finally {
            rotated.destroy();
        }
    }

    private Document raw(String id) {
        return template.findById(GlobalId.objectId(id, Consent.TYPE), Document.class, Consent.COLLECTION).block(WAIT);
    }
}
