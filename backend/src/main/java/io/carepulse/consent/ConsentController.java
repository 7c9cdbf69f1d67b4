package io.carepulse.consent;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.consent.ConsentInputs.ConsentFilter;
import io.carepulse.consent.ConsentInputs.ConsentOrder;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.security.CurrentCaller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * GraphQL type {@code Consent} and its queries. The patient and the signer are decrypted only
 * when asked for, and only the fields asked for, each read written to the access log first.
 */
@Controller
class ConsentController {

    static final int EXPIRING_DAYS_MAX = 365;

    private final Consents consents;
    private final ConsentCrypto crypto;
    private final ConsentAccessLog accessLog;
    private final Directory directory;
    private final OrganizationSettingsStore settings;
    private final Clock clock;

    ConsentController(Consents consents, ConsentCrypto crypto, ConsentAccessLog accessLog, Directory directory,
            OrganizationSettingsStore settings, Clock clock) {
        this.consents = consents;
        this.crypto = crypto;
        this.accessLog = accessLog;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @QueryMapping
    Mono<Connection<Consent>> consents(@Argument Integer first, @Argument String after, @Argument Integer last,
            @Argument String before, @Argument ConsentFilter filter, @Argument ConsentOrder orderBy,
            DataFetchingFieldSelectionSet selection) {
        return CurrentCaller.required().flatMap(caller -> consents.page(caller, filter, orderBy,
                PageRequest.of(first, after, last, before), selection.contains("totalCount")));
    }

    @QueryMapping
    Mono<Consent> consent(@Argument String id) {
        return consents.byId(objectId(id, "id"));
    }

    @QueryMapping
    Mono<List<Consent>> consentsExpiringSoon(@Argument Integer days) {
        int within = days == null ? 30 : days;
        if (within < 1 || within > EXPIRING_DAYS_MAX) {
            return Mono.error(new BadInputException("Days must be from 1 to " + EXPIRING_DAYS_MAX, "days"));
        }
        return settings.current().flatMap(org -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), org.zone());
            return consents.expiringBetween(today, today.plusDays(within)).collectList();
        });
    }

    @QueryMapping
    Mono<List<AccessView>> consentAccessLog(@Argument String consentId, @Argument Integer first) {
        ObjectId id = objectId(consentId, "consentId");
        return accessLog.of(id, first == null ? 50 : first).collectList().flatMap(entries -> directory
                .usersOf(entries, ConsentAccessLog.Access::actorSubject)
                .map(users -> entries.stream().map(entry -> new AccessView(entry.at(), users.get(entry),
                        entry.actorSubject(), entry.fields())).toList()));
    }

    @SchemaMapping
    Mono<PatientView> patient(Consent consent, DataFetchingFieldSelectionSet selection) {
        Consent.Patient stored = consent.patient();
        if (stored == null) {
            return Mono.empty();
        }
        List<String> fields = selected(selection, "patient", "name", "dateOfBirth", "email", "phone");
        return accessLog.reading(consent, fields, Mono.zip(
                        decryptIf(fields.contains("patient.name"), stored.name()),
                        decryptIf(fields.contains("patient.dateOfBirth"), stored.dateOfBirth()),
                        decryptIf(fields.contains("patient.email"), stored.email()),
                        decryptIf(fields.contains("patient.phone"), stored.phone()))
                .map(values -> new PatientView(stored.subjectId(), values.getT1().orElse(null),
                        values.getT2().map(LocalDate::parse).orElse(null), values.getT3().orElse(null),
                        values.getT4().orElse(null))));
    }

    @SchemaMapping
    Mono<SignatureView> signature(Consent consent, DataFetchingFieldSelectionSet selection) {
        Consent.Signature stored = consent.signature();
        if (stored == null) {
            return Mono.empty();
        }
        List<String> fields = selected(selection, "signature", "signerName");
        return accessLog.reading(consent, fields, decryptIf(!fields.isEmpty(), stored.signerName())
                .map(name -> new SignatureView(stored.signerKind(), name.orElse(null), stored.signedOn(),
                        stored.representativeAuthority(), stored.signedAt(), stored.signedFrom())));
    }

    @SchemaMapping
    DocumentView document(Consent consent) {
        Consent.Attachment stored = consent.document();
        return stored == null ? null : new DocumentView(stored.contentType(), stored.size(), stored.sha256(),
                stored.uploadedAt(), "/api/consents/" + GlobalId.encode(Consent.TYPE, consent.id()) + "/document");
    }

    @BatchMapping
    Mono<Map<Consent, User>> recordedBy(List<Consent> page) {
        return directory.usersOf(page, Consent::recordedBy);
    }

    @SchemaMapping(typeName = "ConsentRevocation")
    Mono<User> recordedBy(Consent.Revocation revocation) {
        return revocation.recordedBy() == null ? Mono.empty() : directory.user(revocation.recordedBy());
    }

    @BatchMapping
    Mono<Map<Consent, LocalDate>> retainedUntil(List<Consent> page) {
        return settings.current().map(org -> {
            Map<Consent, LocalDate> result = new LinkedHashMap<>();
            page.forEach(consent -> result.put(consent, ConsentRetention.retainedUntil(consent, org.zone())));
            return result;
        });
    }

    @Bean
    static NodeFetcher<Consent> consentNodes(Consents consents) {
        return NodeFetcher.byObjectId(Consent.TYPE, Consent::id, consents::byId);
    }

    /** The identifying fields of {@code type} the query asks for, as the access log names them. */
    private static List<String> selected(DataFetchingFieldSelectionSet selection, String type, String... fields) {
        return java.util.Arrays.stream(fields).filter(selection::contains).map(field -> type + "." + field).toList();
    }

    private Mono<java.util.Optional<String>> decryptIf(boolean wanted, org.bson.types.Binary stored) {
        return wanted && stored != null ? crypto.decrypt(stored).map(java.util.Optional::of)
                : Mono.just(java.util.Optional.empty());
    }

    private static ObjectId objectId(String id, String field) {
        ObjectId objectId = GlobalId.objectId(id, Consent.TYPE);
        if (objectId == null) {
            throw new BadInputException(field + " is not a Consent ID", field);
        }
        return objectId;
    }

    record PatientView(String subjectId, String name, LocalDate dateOfBirth, String email, String phone) {
    }

    record SignatureView(ConsentSignerKind signerKind, String signerName, LocalDate signedOn,
            String representativeAuthority, Instant signedAt, String signedFrom) {
    }

    record DocumentView(String contentType, long size, String sha256, Instant uploadedAt, String downloadPath) {
    }

    record AccessView(Instant at, User actor, String actorSubject, List<String> fields) {
    }
}
