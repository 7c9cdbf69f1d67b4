package io.carepulse.consent;

import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.files.FileType;
import io.carepulse.platform.files.StoredFiles;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records a consent a patient signed online, acting as the patient in the request's organisation:
 * the signed authorization rendered to PDF and stored as its document (hash, signing instant and
 * client address in it), the consent inserted ACTIVE under the request's ID with its event, the
 * request marked signed and its link used, and a revocation link issued. A second signing of the
 * same request (a race, a retry) meets the first consent's ID and records nothing.
 */
@Component
class ConsentSignatures {

    /** How long a revocation link works when the consent ends on an event rather than a date. */
    static final Duration OPEN_ENDED_REVOCATION = Duration.ofDays(3650);

    record Signed(String label, byte[] pdf, String revocationLink) {
    }

    private final TenantMongo mongo;
    private final EventLog log;
    private final ConsentNumbers numbers;
    private final ConsentCrypto crypto;
    private final ConsentChanges changes;
    private final ConsentLinks links;
    private final StoredFiles files;
    private final OrganizationSettingsStore settings;
    private final Clock clock;

    ConsentSignatures(TenantMongo mongo, EventLog log, ConsentNumbers numbers, ConsentCrypto crypto,
            ConsentChanges changes, ConsentLinks links, StoredFiles files, OrganizationSettingsStore settings,
            Clock clock) {
        this.mongo = mongo;
        this.log = log;
        this.numbers = numbers;
        this.crypto = crypto;
        this.changes = changes;
        this.links = links;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    Mono<Signed> record(ConsentRequest request, ConsentLinks.Link link, String signerName, ConsentSignerKind kind,
            String authority, byte[] signaturePng, String client) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Signed already, its answer lost: settle the request and store nothing more.
        Mono<Boolean> signedBefore = mongo.exists(Query.query(Criteria.where("_id").is(request.id())), Consent.class);
        return signedBefore.flatMap(signed -> signed ? settle(request, link, now) : sign(request, link, signerName,
                kind, authority, signaturePng, client, now));
    }

    private Mono<Signed> sign(ConsentRequest request, ConsentLinks.Link link, String signerName,
            ConsentSignerKind kind, String authority, byte[] signaturePng, String client, Instant now) {
        return settings.current().flatMap(org -> numbers.next(LocalDate.ofInstant(now, org.zone()).getYear())
                .flatMap(number -> {
                    ZoneId zone = org.zone();
                    LocalDate today = LocalDate.ofInstant(now, zone);
                    String label = ConsentWording.label(number, request.categories(), request.channels());
                    List<Consent.Statement> statements = request.statementKinds().stream()
                            .map(statement -> new Consent.Statement(statement, ConsentWording.statement(statement,
                                    request.organizationName(), request.revocationInstructions(),
                                    request.remunerationSource()), true))
                            .toList();
                    return SignedCopies.render(request.organizationName(), label, AuthorizationText.of(request),
                                    statements, signerName, kind, authority, today, now, client, signaturePng)
                            .flatMap(pdf -> store(request, pdf, now).flatMap(document -> crypto.encrypt(signerName)
                                    .flatMap(name -> insert(request, number, label, statements, new Consent.Signature(
                                            kind, name, today, authority, now, client), document, zone, now)))
                                    .flatMap(consent -> finish(request, link, consent, now)
                                            .map(revocation -> new Signed(label, pdf, revocation)))
                                    .switchIfEmpty(Mono.defer(() -> settle(request, link, now))));
                }));
    }

    private Mono<Consent.Attachment> store(ConsentRequest request, byte[] pdf, Instant now) {
        String sha256 = Digests.sha256Hex(pdf);
        String subject = "patient:" + request.patient().subjectId();
        return files.store(ConsentDocuments.consentDocumentKind(), FileType.PDF, pdf, sha256, subject, now)
                .flatMap(stored -> files.claim(stored.id(), ConsentDocuments.KIND,
                        GlobalId.encode(Consent.TYPE, request.id())))
                .map(stored -> new Consent.Attachment(stored.id(), FileType.PDF.mediaType(), stored.size(), sha256, now,
                        subject));
    }

    private Mono<Consent> insert(ConsentRequest request, String number, String label,
            List<Consent.Statement> statements, Consent.Signature signature, Consent.Attachment document, ZoneId zone,
            Instant now) {
        Instant expiresAt = request.expiresOn() == null ? null
                : request.expiresOn().plusDays(1).atStartOfDay(zone).toInstant();
        Consent consent = new Consent(request.id(), request.organizationId(), number, label, ConsentStatus.ACTIVE,
                request.informationDescription(), request.categories(), request.disclosedByOrganization(),
                request.disclosingStaff(), request.channels(), request.purposes(), request.expiresOn(), expiresAt,
                request.expirationEvent(), Consent.expirySortKey(request.expiresOn()), request.patient(), signature,
                statements, request.financialRemuneration(), request.remunerationSource(), document, null,
                request.encryptedUnder(), request.createdBy(), now, now, null, null, 1);
        return log.insert(org -> consent, changes.entry(ConsentEvent.Kind.CONSENT_RECORDED, consent,
                        ConsentStatus.ACTIVE))
                // Signed already (a race or a retry): the first signature stands, nothing more is recorded.
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    /**
     * The consent was signed before (a race, or a signing whose answer was lost after the consent
     * was written): the request is marked signed and the link used, if that was not done, and
     * nothing else is recorded.
     */
    private Mono<Signed> settle(ConsentRequest request, ConsentLinks.Link link, Instant now) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(request.id())
                                .and("status").is(ConsentRequestStatus.PENDING)),
                        new Update().set("status", ConsentRequestStatus.SIGNED).set("consentId", request.id())
                                .set("updatedAt", now).inc("version", 1), ConsentRequest.class)
                .then(links.use(link))
                .then(Mono.empty());
    }

    /** The request marked signed and its link used; a revocation link issued. */
    private Mono<String> finish(ConsentRequest request, ConsentLinks.Link link, Consent consent, Instant now) {
        Instant revocable = consent.expiresAt() != null ? consent.expiresAt() : now.plus(OPEN_ENDED_REVOCATION);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(request.id())
                                .and("status").is(ConsentRequestStatus.PENDING)),
                        new Update().set("status", ConsentRequestStatus.SIGNED).set("consentId", consent.id())
                                .set("updatedAt", now).inc("version", 1), ConsentRequest.class)
                .then(links.use(link))
                .then(links.issueLink(ConsentLinks.Kind.REVOKE, consent.id(), revocable));
    }

}
