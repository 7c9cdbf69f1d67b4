package io.carepulse.consent;

import io.carepulse.consent.ConsentInputs.DeleteConsentInput;
import io.carepulse.consent.ConsentPayloads.DeleteConsentPayload;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.files.StoredFiles;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Retention (164.316(b)(2), 164.530(j)): a consent is kept six years after it was created or
 * last in effect, whichever is later, and only then may {@code deleteConsent} remove it. Deletion
 * leaves a tombstone (number, label, scope, dates) so the audit log keeps its target, and removes
 * every protected field in the same write as its event; the signed document's file is removed
 * next, then the tombstone's note of it ({@code document}), so a deletion cut short between the two
 * is finished by {@link ConsentExpiry}'s sweep of tombstones that still name a file.
 */
@Controller
class ConsentRetention {

    static final int YEARS = 6;
    private static final List<String> PROTECTED = List.of("patient", "signature", "statements",
            "informationDescription", "disclosingStaff", "expirationEvent", "remunerationSource",
            "revocation.reason");

    private final TenantMongo mongo;
    private final EventLog log;
    private final Consents consents;
    private final ConsentChanges changes;
    private final OrganizationSettingsStore settings;
    private final StoredFiles files;
    private final Clock clock;

    ConsentRetention(TenantMongo mongo, EventLog log, Consents consents, ConsentChanges changes,
            OrganizationSettingsStore settings, StoredFiles files, Clock clock) {
        this.mongo = mongo;
        this.log = log;
        this.consents = consents;
        this.changes = changes;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
    }

    /** The first day the consent may be deleted, in the organisation's zone; null while it is in effect. */
    static LocalDate retainedUntil(Consent consent, ZoneId zone) {
        if (consent.status() == ConsentStatus.ACTIVE || consent.lastInEffectAt() == null) {
            return null;
        }
        Instant from = consent.lastInEffectAt().isAfter(consent.createdAt()) ? consent.lastInEffectAt()
                : consent.createdAt();
        return LocalDate.ofInstant(from, zone).plusYears(YEARS);
    }

    @MutationMapping
    Mono<DeleteConsentPayload> deleteConsent(@Argument DeleteConsentInput input) {
        ObjectId id = GlobalId.objectId(input.consentId(), Consent.TYPE);
        if (id == null) {
            return Mono.just(failed(ConsentMutations.NOT_FOUND));
        }
        return Mono.zip(consents.byId(id), settings.current())
                .flatMap(found -> delete(found.getT1(), found.getT2().zone()))
                .defaultIfEmpty(failed(ConsentMutations.NOT_FOUND));
    }

    private Mono<DeleteConsentPayload> delete(Consent current, ZoneId zone) {
        Instant now = clock.instant();
        if (current.status() == ConsentStatus.ACTIVE) {
            return Mono.just(failed(UserError.onInput(ConsentErrorCode.RETENTION_PERIOD_NOT_OVER,
                    "An active consent can't be deleted: it must be revoked or expire, then be kept six years",
                    "consentId")));
        }
        LocalDate until = retainedUntil(current, zone);
        if (LocalDate.ofInstant(now, zone).isBefore(until)) {
            return Mono.just(failed(UserError.onInput(ConsentErrorCode.RETENTION_PERIOD_NOT_OVER,
                    "This consent must be kept until " + until.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                            Locale.ENGLISH)) + ", six years after it was last in effect", "consentId")));
        }
        Update update = new Update().set("deletedAt", now).set("updatedAt", now).inc("version", 1);
        PROTECTED.forEach(update::unset);
        purposesWithoutWords(current, update);
        EventLog.outboxUpdate(update, changes.entry(ConsentEvent.Kind.CONSENT_DELETED, current, current.status()));
        return Mono.deferContextual(context -> {
            PendingAudit.note(context, "status", current.status(), null);
            return mongo.findAndModify(Query.query(Criteria.where("_id").is(current.id()).and("deletedAt").is(null)),
                    update, Consent.class);
        })
                .flatMap(deleted -> log.relay(Consent.class, deleted.id())
                        .then(current.document() == null ? Mono.empty() : removeFile(current)))
                .then(Mono.just(new DeleteConsentPayload(GlobalId.encode(Consent.TYPE, current.id()), List.of())));
    }

    /** Removes a deleted consent's file, then the tombstone's note of it. */
    Mono<Void> removeFile(Consent deleted) {
        return PendingAudit.outside(files.delete(deleted.document().fileId()).then(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(deleted.id()).and("deletedAt").ne(null)),
                new Update().unset("document"), Consent.class))).then();
    }

    private static void purposesWithoutWords(Consent current, Update update) {
        update.set("purposes", current.purposes().stream().map(p -> new Consent.Purpose(p.kind(), null)).toList());
    }

    private static DeleteConsentPayload failed(UserError error) {
        return new DeleteConsentPayload(null, List.of(error));
    }
}
