package io.carepulse.consent;

import io.carepulse.consent.ConsentInputs.RecordConsentInput;
import io.carepulse.consent.ConsentInputs.RevokeConsentInput;
import io.carepulse.consent.ConsentPayloads.RecordConsentPayload;
import io.carepulse.consent.ConsentPayloads.RevokeConsentPayload;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Recording and revoking consents. Each writes the consent with its {@code consent.changes}
 * event in one document write; a refused input writes nothing (not even a number is taken).
 */
@Controller
class ConsentMutations {

    static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND, "No consent with this ID",
            "consentId");
    /** Clocks differ a little; a revocation "received" a few minutes ahead is accepted as now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TenantMongo mongo;
    private final EventLog log;
    private final Consents consents;
    private final ConsentNumbers numbers;
    private final ConsentCrypto crypto;
    private final ConsentChanges changes;
    private final OrganizationSettingsStore settings;
    private final Clock clock;

    ConsentMutations(TenantMongo mongo, EventLog log, Consents consents, ConsentNumbers numbers, ConsentCrypto crypto,
            ConsentChanges changes, OrganizationSettingsStore settings, Clock clock) {
        this.mongo = mongo;
        this.log = log;
        this.consents = consents;
        this.numbers = numbers;
        this.crypto = crypto;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    @MutationMapping
    Mono<RecordConsentPayload> recordConsent(@Argument RecordConsentInput input) {
        return Mono.zip(CurrentCaller.required(), settings.current()).flatMap(found -> {
            Caller caller = found.getT1();
            ZoneId zone = found.getT2().zone();
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone);
            InputChecks checks = new InputChecks(ConsentRules.LABELS);
            ConsentRules.Valid valid = ConsentRules.validate(checks, input, today);
            if (!checks.ok()) {
                return Mono.just(new RecordConsentPayload(null, checks.errors()));
            }
            return Mono.zip(numbers.next(today.getYear()), crypto.patient(caller.organization(), valid.patientName(),
                            valid.dateOfBirth(), valid.email(), valid.phone()),
                            crypto.encrypt(valid.signerName()), crypto.currentKey())
                    .flatMap(parts -> Mono.deferContextual(context -> {
                        PendingAudit.note(context, "status", null, ConsentStatus.ACTIVE);
                        Consent consent = build(new ObjectId(), caller, parts.getT1(), valid, parts.getT2(),
                                parts.getT3(), parts.getT4(), zone, now);
                        return log.insert(org -> consent, changes.entry(ConsentEvent.Kind.CONSENT_RECORDED, consent,
                                ConsentStatus.ACTIVE));
                    }))
                    .map(consent -> new RecordConsentPayload(consent, List.of()));
        });
    }

    private static Consent build(ObjectId id, Caller caller, String number, ConsentRules.Valid valid,
            Consent.Patient patient, org.bson.types.Binary signerName, String key, ZoneId zone, Instant now) {
        List<Consent.Statement> statements = new ArrayList<>();
        List<ConsentStatementKind> kinds = new ArrayList<>(ConsentStatementKind.ALWAYS);
        if (valid.financialRemuneration()) {
            kinds.add(ConsentStatementKind.REMUNERATION);
        }
        for (ConsentStatementKind kind : kinds) {
            statements.add(new Consent.Statement(kind, ConsentWording.statement(kind, caller.organizationName(),
                    valid.revocationInstructions(), valid.remunerationSource()), true));
        }
        Instant expiresAt = valid.expiresOn() == null ? null
                : valid.expiresOn().plusDays(1).atStartOfDay(zone).toInstant();
        return new Consent(id, caller.organization(), number,
                ConsentWording.label(number, valid.categories(), valid.channels()), ConsentStatus.ACTIVE,
                valid.informationDescription(), valid.categories(), valid.disclosedByOrganization(),
                valid.disclosingStaff(), valid.channels(), valid.purposes(), valid.expiresOn(), expiresAt,
                valid.expirationEvent(), Consent.expirySortKey(valid.expiresOn()), patient,
                new Consent.Signature(valid.signerKind(), signerName, valid.signedOn(),
                        valid.representativeAuthority(), null, null),
                statements, valid.financialRemuneration(), valid.remunerationSource(), null, null, key,
                caller.subject(), now, now, null, null, 1);
    }

    @MutationMapping
    Mono<RevokeConsentPayload> revokeConsent(@Argument RevokeConsentInput input) {
        ObjectId id = GlobalId.objectId(input.consentId(), Consent.TYPE);
        if (id == null) {
            return Mono.just(new RevokeConsentPayload(null, List.of(NOT_FOUND)));
        }
        return Mono.zip(consents.byId(id), settings.current(), CurrentCaller.required())
                .flatMap(found -> revoke(found.getT1(), input, found.getT2().zone(), found.getT3()))
                .defaultIfEmpty(new RevokeConsentPayload(null, List.of(NOT_FOUND)));
    }

    private Mono<RevokeConsentPayload> revoke(Consent current, RevokeConsentInput input, ZoneId zone, Caller caller) {
        Instant now = clock.instant();
        InputChecks checks = new InputChecks(ConsentRules.LABELS);
        if (current.status() != ConsentStatus.ACTIVE) {
            checks.fail(UserErrorCode.INVALID_STATE, current.status() == ConsentStatus.REVOKED
                    ? "This consent is already revoked" : "An expired consent cannot be revoked", "consentId");
        }
        Instant received = input.receivedAt();
        checks.check(received != null && !received.isAfter(now.plus(CLOCK_SKEW)), UserErrorCode.INVALID,
                "Received at can't be in the future", "receivedAt");
        LocalDate signedOn = current.signature() == null ? null : current.signature().signedOn();
        if (received != null && signedOn != null && received.isBefore(signedOn.atStartOfDay(zone).toInstant())) {
            checks.fail(UserErrorCode.INVALID, "Received at can't be before the consent was signed", "receivedAt");
        }
        checks.check(input.method() != null, UserErrorCode.REQUIRED, "Choose how the revocation arrived", "method");
        String reason = checks.text("reason", input.reason(), ConsentRules.TEXT_MAX, false);
        if (!checks.ok()) {
            return Mono.just(new RevokeConsentPayload(null, checks.errors()));
        }
        // Stored to the millisecond, as MongoDB keeps instants; the answer says what was stored.
        return write(current, received, input.method(), reason, caller.subject())
                .map(revoked -> new RevokeConsentPayload(revoked, List.of()))
                .defaultIfEmpty(new RevokeConsentPayload(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                        "This consent is no longer active", "consentId"))));
    }

    /**
     * Revokes an active consent, with its event in the same write; empty when it is no longer
     * active. Also how a patient's revocation link revokes ({@link ConsentSigning}).
     */
    Mono<Consent> write(Consent current, Instant received, ConsentRevocationMethod method, String reason,
            String recordedBy) {
        Instant now = clock.instant();
        // Stored to the millisecond, as MongoDB keeps instants; the answer says what was stored.
        Instant effective = (received.isAfter(now) ? now : received).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Update update = new Update().set("status", ConsentStatus.REVOKED)
                .set("revocation", new Consent.Revocation(effective, method, reason, recordedBy, now))
                .set("lastInEffectAt", effective).set("updatedAt", now).inc("version", 1);
        EventLog.outboxUpdate(update, changes.entry(ConsentEvent.Kind.CONSENT_REVOKED, current, ConsentStatus.REVOKED));
        return Mono.deferContextual(context -> {
            PendingAudit.note(context, "status", ConsentStatus.ACTIVE, ConsentStatus.REVOKED);
            PendingAudit.note(context, "method", null, method);
            // Guarded on ACTIVE: a revocation racing an expiry or another revocation changes nothing.
            return mongo.findAndModify(Query.query(Criteria.where("_id").is(current.id())
                    .and("status").is(ConsentStatus.ACTIVE).and("deletedAt").is(null)), update, Consent.class);
        }).flatMap(revoked -> log.relay(Consent.class, revoked.id()).thenReturn(revoked));
    }
}
