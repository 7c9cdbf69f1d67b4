package io.carepulse.demo;

import io.carepulse.consent.Consent;
import io.carepulse.consent.ConsentCategory;
import io.carepulse.consent.ConsentChannel;
import io.carepulse.consent.ConsentPurposeKind;
import io.carepulse.consent.ConsentRequest;
import io.carepulse.consent.ConsentRequestStatus;
import io.carepulse.consent.ConsentRevocationMethod;
import io.carepulse.consent.ConsentSignerKind;
import io.carepulse.consent.ConsentStatementKind;
import io.carepulse.consent.ConsentStatus;
import io.carepulse.consent.ConsentWording;
import io.carepulse.consent.SignedCopies;
import io.carepulse.platform.crypto.BlindIndex;
import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.crypto.FieldEncryption;
import io.carepulse.platform.files.FileKind;
import io.carepulse.platform.files.FileType;
import io.carepulse.platform.files.StoredFiles;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Riverside's demo consents, written as the registry writes them (patient fields encrypted, blind
 * index, generated labels, the year's counter): one active with its signed PDF, one expiring
 * within 30 days, one revoked, and a request waiting for the patient's online signature. The
 * patients are invented.
 */
@Component
class DemoConsents {

    private static final String ORG = DemoData.RIVERSIDE;
    private static final String RECORDER = "compliance@riverside.example";
    private static final String REVOKE_HOW = "write to the Privacy Office, Riverside Health, 1 River Road, "
            + "Riverside, CA 92501, or use your revocation link.";

    private final ReactiveMongoTemplate mongo;
    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;
    private final StoredFiles files;
    private final Clock clock;

    DemoConsents(ReactiveMongoTemplate mongo, FieldEncryption encryption, BlindIndex blindIndex, StoredFiles files,
            Clock clock) {
        this.mongo = mongo;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
        this.files = files;
        this.clock = clock;
    }

    Mono<Void> seed() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int year = today.getYear();
        return Flux.concat(
                        consent(ConsentWording.number(year, 1), "Maria Lopez", LocalDate.of(1961, 4, 12),
                                List.of(ConsentCategory.STORY, ConsentCategory.PHOTO, ConsentCategory.NAME),
                                List.of(ConsentChannel.FACEBOOK, ConsentChannel.INSTAGRAM, ConsentChannel.WEBSITE),
                                ConsentPurposeKind.EDUCATION, "My photo, first name and story of recovering from "
                                        + "knee replacement surgery at Riverside", today.plusYears(1),
                                today.minusDays(12), null, true, now),
                        consent(ConsentWording.number(year, 2), "James Okafor", LocalDate.of(1975, 9, 3),
                                List.of(ConsentCategory.VIDEO, ConsentCategory.VOICE, ConsentCategory.CONDITION),
                                List.of(ConsentChannel.YOUTUBE, ConsentChannel.INSTAGRAM),
                                ConsentPurposeKind.AWARENESS, "A short video interview about living with type 2 "
                                        + "diabetes, for Movember", today.plusDays(18), today.minusDays(60), null,
                                false, now),
                        consent(ConsentWording.number(year, 3), "Aiko Tanaka", LocalDate.of(1988, 1, 22),
                                List.of(ConsentCategory.PHOTO),
                                List.of(ConsentChannel.INSTAGRAM), ConsentPurposeKind.MARKETING,
                                "A photo with her newborn in the maternity ward", today.plusMonths(6),
                                today.minusDays(40), now.minus(10, ChronoUnit.DAYS), false, now))
                .then(request("Daniel Kim", LocalDate.of(1992, 6, 30), today, now))
                .then(mongo.insert(new Document("_id", ORG + "|" + year).append("organizationId", ORG)
                        .append("year", year).append("last", 3L), "consent_numbers"))
                .then();
    }

    private Mono<Consent> consent(String number, String name, LocalDate born, List<ConsentCategory> categories,
            List<ConsentChannel> channels, ConsentPurposeKind purpose, String description, LocalDate expiresOn,
            LocalDate signedOn, Instant revokedAt, boolean withDocument, Instant now) {
        String index = blindIndex.of(ORG, name, born);
        ObjectId id = new ObjectId();
        List<Consent.Statement> statements = ConsentStatementKind.ALWAYS.stream()
                .map(kind -> new Consent.Statement(kind, ConsentWording.statement(kind, "Riverside Health", REVOKE_HOW,
                        null), true))
                .toList();
        Mono<Consent.Attachment> document = withDocument ? document(id, number, name, description, statements,
                signedOn, now) : Mono.empty();
        return Mono.zip(encryption.encrypt(name), encryption.encrypt(born.toString()),
                        encryption.encrypt(name.toLowerCase().replace(' ', '.') + "@example.org"),
                        encryption.currentDataKey())
                .zipWith(document.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(parts -> {
                    var values = parts.getT1();
                    Consent.Patient patient = new Consent.Patient(Consent.subjectIdOf(index), index, values.getT1(),
                            values.getT2(), values.getT3(), null);
                    Consent.Revocation revocation = revokedAt == null ? null : new Consent.Revocation(revokedAt,
                            ConsentRevocationMethod.LETTER, "Prefers not to appear online", RECORDER, revokedAt);
                    Instant created = signedOn.atStartOfDay(ZoneOffset.UTC).toInstant().plus(10, ChronoUnit.HOURS);
                    return mongo.insert(new Consent(id, ORG, number, ConsentWording.label(number, categories, channels),
                            revokedAt == null ? ConsentStatus.ACTIVE : ConsentStatus.REVOKED, description, categories,
                            true, List.of(), channels, List.of(new Consent.Purpose(purpose, null)), expiresOn,
                            expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), null,
                            Consent.expirySortKey(expiresOn), patient, new Consent.Signature(ConsentSignerKind.PATIENT,
                                    values.getT1(), signedOn, null, null, null), statements, false, null,
                            parts.getT2().orElse(null), revocation, values.getT4().toString(), RECORDER, created,
                            revokedAt == null ? created : revokedAt, revokedAt, null, revokedAt == null ? 2 : 3));
                });
    }

    /** A request sent for online signing, waiting for the patient (its link went to them, not here). */
    private Mono<ConsentRequest> request(String name, LocalDate born, LocalDate today, Instant now) {
        String index = blindIndex.of(ORG, name, born);
        return Mono.zip(encryption.encrypt(name), encryption.encrypt(born.toString()),
                        encryption.encrypt("+1 951 555 0142"), encryption.currentDataKey())
                .flatMap(values -> mongo.insert(new ConsentRequest(new ObjectId(), ORG, "Riverside Health",
                        ConsentRequestStatus.PENDING, "A photo of Daniel with his care team at the 5K fun run, and his "
                                + "first name", List.of(ConsentCategory.PHOTO, ConsentCategory.NAME),
                        true, List.of(), List.of(ConsentChannel.FACEBOOK, ConsentChannel.LINKEDIN),
                        List.of(new Consent.Purpose(ConsentPurposeKind.AWARENESS, null)), today.plusYears(1), null,
                        REVOKE_HOW, false, null, new Consent.Patient(Consent.subjectIdOf(index), index, values.getT1(),
                                values.getT2(), null, values.getT3()), values.getT4().toString(),
                        now.plus(12, ChronoUnit.DAYS), 0, null, RECORDER, now.minus(2, ChronoUnit.DAYS),
                        now.minus(2, ChronoUnit.DAYS), 1)));
    }

    /** The signed authorization as the online signing renders it, stored as the registry stores uploads. */
    private Mono<Consent.Attachment> document(ObjectId id, String number, String name, String description,
            List<Consent.Statement> statements, LocalDate signedOn, Instant now) {
        Instant signedAt = signedOn.atStartOfDay(ZoneOffset.UTC).toInstant().plus(9, ChronoUnit.HOURS);
        FileKind kind = new FileKind("consent-document", Set.of(Role.ADMIN, Role.COMPLIANCE_OFFICER),
                10L * 1024 * 1024, Set.of(FileType.PDF));
        return SignedCopies.render("Riverside Health", number, description, statements, name,
                        ConsentSignerKind.PATIENT, null, signedOn, signedAt, "203.0.113.24", null)
                .flatMap(pdf -> files.store(kind, FileType.PDF, pdf, Digests.sha256Hex(pdf), RECORDER, now))
                .flatMap(stored -> files.claim(stored.id(), kind.name(), GlobalId.encode(Consent.TYPE, id)))
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                        CallerAuthentication.forJob(ORG, "demo-data")))
                .map(stored -> new Consent.Attachment(stored.id(), FileType.PDF.mediaType(), stored.size(),
                        stored.sha256(), now, RECORDER));
    }

}
