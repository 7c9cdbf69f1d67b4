package io.carepulse.consent;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.consent.ConsentInputs.CancelConsentRequestInput;
import io.carepulse.consent.ConsentInputs.ConsentRequestFilter;
import io.carepulse.consent.ConsentInputs.RequestConsentInput;
import io.carepulse.consent.ConsentPayloads.CancelConsentRequestPayload;
import io.carepulse.consent.ConsentPayloads.RequestConsentPayload;
import io.carepulse.identity.Directory;
import io.carepulse.identity.Organization;
import io.carepulse.identity.User;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Online signing requests, for compliance staff (GraphQL {@code ConsentRequest}): sending one
 * checks every element as recording does, but the signature, and answers the one-time signing
 * link once; the patient signs through {@link ConsentSigning}.
 */
@Controller
class ConsentRequests {

    static final int LINK_DAYS_MAX = 30;
    private static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No consent request with this ID", "consentRequestId");

    private final TenantMongo mongo;
    private final ConsentCrypto crypto;
    private final ConsentLinks links;
    private final ConsentAccessLog accessLog;
    private final Consents consents;
    private final Directory directory;
    private final OrganizationSettingsStore settings;
    private final Clock clock;

    ConsentRequests(TenantMongo mongo, ConsentCrypto crypto, ConsentLinks links, ConsentAccessLog accessLog,
            Consents consents, Directory directory, OrganizationSettingsStore settings, Clock clock) {
        this.mongo = mongo;
        this.crypto = crypto;
        this.links = links;
        this.accessLog = accessLog;
        this.consents = consents;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @MutationMapping
    Mono<RequestConsentPayload> requestConsent(@Argument RequestConsentInput input) {
        return Mono.zip(CurrentCaller.required(), settings.current(), directory.ownOrganization()).flatMap(found -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, found.getT2().zone());
            InputChecks checks = new InputChecks(ConsentRules.LABELS);
            ConsentRules.Valid valid = ConsentRules.validate(checks, input.unsigned(), today, false);
            int days = input.linkExpiresInDays() == null ? 14 : input.linkExpiresInDays();
            checks.check(days >= 1 && days <= LINK_DAYS_MAX, UserErrorCode.INVALID,
                    "The link can work for 1 to " + LINK_DAYS_MAX + " days", "linkExpiresInDays");
            if (!checks.ok()) {
                return Mono.just(new RequestConsentPayload(null, null, checks.errors()));
            }
            Organization org = found.getT3();
            Instant linkExpiresAt = now.plus(Duration.ofDays(days));
            return Mono.zip(crypto.patient(org.id(), valid.patientName(), valid.dateOfBirth(), valid.email(),
                            valid.phone()), crypto.currentKey())
                    .flatMap(parts -> Mono.deferContextual(context -> {
                        PendingAudit.note(context, "status", null, ConsentRequestStatus.PENDING);
                        return mongo.insert(tenant -> new ConsentRequest(new ObjectId(), tenant, org.name(),
                                ConsentRequestStatus.PENDING, valid.informationDescription(), valid.categories(),
                                valid.disclosedByOrganization(), valid.disclosingStaff(), valid.channels(),
                                valid.purposes(), valid.expiresOn(), valid.expirationEvent(),
                                valid.revocationInstructions(), valid.financialRemuneration(),
                                valid.remunerationSource(), parts.getT1(), parts.getT2(), linkExpiresAt, 0, null,
                                found.getT1().subject(), now, now, 1));
                    }))
                    .flatMap(request -> links.issueLink(ConsentLinks.Kind.SIGN, request.id(), linkExpiresAt)
                            .map(link -> new RequestConsentPayload(request, link, List.of())));
        });
    }

    @MutationMapping
    Mono<CancelConsentRequestPayload> cancelConsentRequest(@Argument CancelConsentRequestInput input) {
        ObjectId id = GlobalId.objectId(input.consentRequestId(), ConsentRequest.TYPE);
        if (id == null) {
            return Mono.just(new CancelConsentRequestPayload(null, List.of(NOT_FOUND)));
        }
        Instant now = clock.instant();
        return mongo.findById(id, ConsentRequest.class).flatMap(current -> {
            ConsentRequestStatus status = current.statusAt(now);
            if (status != ConsentRequestStatus.PENDING) {
                return Mono.just(new CancelConsentRequestPayload(null, List.of(UserError.onInput(
                        UserErrorCode.INVALID_STATE, "Only a pending request can be cancelled", "consentRequestId"))));
            }
            return Mono.deferContextual(context -> {
                PendingAudit.note(context, "status", status, ConsentRequestStatus.CANCELLED);
                return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                                .and("status").is(ConsentRequestStatus.PENDING)),
                        new Update().set("status", ConsentRequestStatus.CANCELLED).set("updatedAt", now)
                                .inc("version", 1), ConsentRequest.class);
            }).map(cancelled -> new CancelConsentRequestPayload(cancelled, List.of()))
                    .defaultIfEmpty(new CancelConsentRequestPayload(null, List.of(UserError.onInput(
                            UserErrorCode.INVALID_STATE, "Only a pending request can be cancelled",
                            "consentRequestId"))));
        }).defaultIfEmpty(new CancelConsentRequestPayload(null, List.of(NOT_FOUND)));
    }

    @QueryMapping
    Mono<Connection<ConsentRequest>> consentRequests(@Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument ConsentRequestFilter filter,
            DataFetchingFieldSelectionSet selection) {
        return mongo.page(KeysetQuery.byInstant("createdAt", Sort.Direction.DESC, ConsentRequest::createdAt,
                        ConsentRequest::id), criteria(filter, clock.instant()), PageRequest.of(first, after, last, before),
                selection.contains("totalCount"), ConsentRequest.class);
    }

    private static Criteria criteria(ConsentRequestFilter filter, Instant now) {
        if (filter == null || filter.status() == null || filter.status().isEmpty()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        for (ConsentRequestStatus status : filter.status()) {
            any.add(switch (status) {
                case PENDING -> Criteria.where("status").is(status).and("linkExpiresAt").gt(now);
                case EXPIRED -> new Criteria().orOperator(Criteria.where("status").is(status),
                        Criteria.where("status").is(ConsentRequestStatus.PENDING).and("linkExpiresAt").lte(now));
                default -> Criteria.where("status").is(status);
            });
        }
        return new Criteria().orOperator(any.toArray(Criteria[]::new));
    }

    @SchemaMapping(typeName = "ConsentRequest")
    ConsentRequestStatus status(ConsentRequest request) {
        return request.statusAt(clock.instant());
    }

    @SchemaMapping(typeName = "ConsentRequest")
    String scope(ConsentRequest request) {
        return ConsentWording.scope(request.categories(), request.channels());
    }

    @SchemaMapping(typeName = "ConsentRequest")
    Mono<ConsentController.PatientView> patient(ConsentRequest request, DataFetchingFieldSelectionSet selection) {
        List<String> fields = java.util.Arrays.stream(new String[] {"name", "dateOfBirth", "email", "phone"})
                .filter(selection::contains).map(field -> "request.patient." + field).toList();
        Consent.Patient stored = request.patient();
        Mono<String> name = fields.contains("request.patient.name") ? crypto.decrypt(stored.name()) : Mono.empty();
        Mono<String> born = fields.contains("request.patient.dateOfBirth") ? crypto.decrypt(stored.dateOfBirth())
                : Mono.empty();
        Mono<String> email = fields.contains("request.patient.email") ? crypto.decrypt(stored.email()) : Mono.empty();
        Mono<String> phone = fields.contains("request.patient.phone") ? crypto.decrypt(stored.phone()) : Mono.empty();
        Mono<ConsentController.PatientView> view = Mono.zip(optional(name), optional(born), optional(email),
                optional(phone)).map(values -> new ConsentController.PatientView(stored.subjectId(),
                values.getT1().orElse(null), values.getT2().map(LocalDate::parse).orElse(null),
                values.getT3().orElse(null), values.getT4().orElse(null)));
        return fields.isEmpty() ? view : accessLog.record(request.id(), fields).then(view);
    }

    @SchemaMapping(typeName = "ConsentRequest")
    Mono<Consent> consent(ConsentRequest request) {
        return request.consentId() == null ? Mono.empty() : consents.byId(request.consentId());
    }

    @BatchMapping(typeName = "ConsentRequest")
    Mono<Map<ConsentRequest, User>> createdBy(List<ConsentRequest> page) {
        return directory.usersOf(page, ConsentRequest::createdBy);
    }

    @Bean
    static NodeFetcher<ConsentRequest> consentRequestNodes(TenantMongo mongo) {
        return NodeFetcher.byObjectId(ConsentRequest.TYPE, ConsentRequest::id,
                id -> mongo.findById(id, ConsentRequest.class));
    }

    @Bean
    static IndexDeclaration consentRequestIndexes() {
        return IndexDeclaration.of(ConsentRequest.COLLECTION, new Index().on("organizationId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC));
    }

    private static Mono<java.util.Optional<String>> optional(Mono<String> value) {
        return value.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty());
    }
}
