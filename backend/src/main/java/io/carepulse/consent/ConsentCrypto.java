package io.carepulse.consent;

import io.carepulse.platform.crypto.BlindIndex;
import io.carepulse.platform.crypto.FieldEncryption;
import java.time.LocalDate;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A consent's protected fields as stored: the patient's name, date of birth and contact and the
 * signer's name encrypted under the current data key, the blind index of name and date of birth,
 * and the pseudonymous subject ID derived from that index ({@link Consent#subjectIdOf}).
 */
@Component
class ConsentCrypto {

    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;

    ConsentCrypto(FieldEncryption encryption, BlindIndex blindIndex) {
        this.encryption = encryption;
        this.blindIndex = blindIndex;
    }

    /** The patient of {@code organization} as stored. */
    Mono<Consent.Patient> patient(String organization, String name, LocalDate born, String email, String phone) {
        String index = blindIndex.of(organization, name, born);
        return Mono.zip(encrypt(name), encrypt(born.toString()), encryptOptional(email), encryptOptional(phone))
                .map(values -> new Consent.Patient(Consent.subjectIdOf(index), index, values.getT1(), values.getT2(),
                        values.getT3().orElse(null), values.getT4().orElse(null)));
    }

    Mono<Binary> encrypt(String value) {
        return encryption.encrypt(value);
    }

    /** A stored value as text; empty when none was stored. */
    Mono<String> decrypt(Binary stored) {
        return stored == null ? Mono.empty() : encryption.decrypt(stored);
    }

    /** The current data key's ID, as {@code Consent.encryptedUnder} names it. */
    Mono<String> currentKey() {
        return encryption.currentDataKey().map(Object::toString);
    }

    Mono<Binary> reencrypt(Binary stored) {
        return stored == null ? Mono.empty() : encryption.reencrypt(stored);
    }

    private Mono<java.util.Optional<Binary>> encryptOptional(String value) {
        return value == null ? Mono.just(java.util.Optional.empty()) : encrypt(value).map(java.util.Optional::of);
    }
}
