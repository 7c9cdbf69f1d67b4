package io.carepulse.consent;

import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.util.Optional;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Moves consents' encrypted fields to the current data key after a rotation
 * ({@code carepulse.encryption.data-key} names a new key): old values stay readable meanwhile,
 * since each carries its key's ID. Runs at start and hourly, one instance at a time; each consent
 * is rewritten only if it is still as read (version and key), so a concurrent change wins and the
 * next run takes it up.
 */
@Component
class ConsentKeyRotation extends PeriodicTask {

    static final String JOB = "consent-key-rotation";

    private final CrossTenantAccess access;
    private final ConsentCrypto crypto;
    private final JobLeases leases;

    ConsentKeyRotation(CrossTenantAccess access, ConsentCrypto crypto, JobLeases leases) {
        super("Consent re-encryption", Duration.ofSeconds(30), Duration.ofHours(1));
        this.access = access;
        this.crypto = crypto;
        this.leases = leases;
    }

    @Override
    protected Mono<Long> runOnce() {
        return leases.exclusively(JOB, Duration.ofMinutes(30), this::reencryptAll);
    }

    /** Re-encrypts every consent and signing request not under the current data key; how many were moved. */
    Mono<Long> reencryptAll() {
        return crypto.currentKey().flatMap(key -> access.findForMaintenance(Query.query(
                        Criteria.where("encryptedUnder").ne(key).and("patient").ne(null)), Consent.class)
                .concatMap(consent -> reencrypt(consent, key))
                .concatWith(access.findForMaintenance(Query.query(Criteria.where("encryptedUnder").ne(key)
                                .and("patient").ne(null)), ConsentRequest.class)
                        .concatMap(request -> reencrypt(request, key)))
                .reduce(0L, Long::sum));
    }

    private Mono<Long> reencrypt(ConsentRequest request, String key) {
        Consent.Patient patient = request.patient();
        return Mono.zip(move(patient.name()), move(patient.dateOfBirth()), move(patient.email()),
                        move(patient.phone()))
                .flatMap(moved -> {
                    Update update = new Update().set("encryptedUnder", key);
                    set(update, "patient.name", moved.getT1());
                    set(update, "patient.dateOfBirth", moved.getT2());
                    set(update, "patient.email", moved.getT3());
                    set(update, "patient.phone", moved.getT4());
                    Criteria unchanged = Criteria.where("_id").is(request.id()).and("version").is(request.version())
                            .and("encryptedUnder").is(request.encryptedUnder());
                    return access.updateInOrganization(request.organizationId(), Query.query(unchanged), update,
                            ConsentRequest.class);
                });
    }

    private Mono<Long> reencrypt(Consent consent, String key) {
        Consent.Patient patient = consent.patient();
        Binary signer = consent.signature() == null ? null : consent.signature().signerName();
        return Mono.zip(move(patient.name()), move(patient.dateOfBirth()), move(patient.email()),
                        move(patient.phone()), move(signer))
                .flatMap(moved -> {
                    Update update = new Update().set("encryptedUnder", key);
                    set(update, "patient.name", moved.getT1());
                    set(update, "patient.dateOfBirth", moved.getT2());
                    set(update, "patient.email", moved.getT3());
                    set(update, "patient.phone", moved.getT4());
                    set(update, "signature.signerName", moved.getT5());
                    Criteria unchanged = Criteria.where("_id").is(consent.id()).and("version").is(consent.version());
                    if (consent.encryptedUnder() == null) {
                        unchanged.and("encryptedUnder").is(null);
                    } else {
                        unchanged.and("encryptedUnder").is(consent.encryptedUnder());
                    }
                    return access.updateInOrganization(consent.organizationId(), Query.query(unchanged), update,
                            Consent.class);
                });
    }

    private Mono<Optional<Binary>> move(Binary stored) {
        return stored == null ? Mono.just(Optional.empty()) : crypto.reencrypt(stored).map(Optional::of);
    }

    private static void set(Update update, String field, Optional<Binary> value) {
        value.ifPresent(binary -> update.set(field, binary));
    }
}
