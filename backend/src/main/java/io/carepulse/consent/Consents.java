package io.carepulse.consent;

import io.carepulse.consent.ConsentInputs.ConsentFilter;
import io.carepulse.consent.ConsentInputs.ConsentOrder;
import io.carepulse.platform.crypto.BlindIndex;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.OrderDirection;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.mongo.TextSearch;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of the caller's organisation's consents; deleted ones (tombstones) are never returned. */
@Component
public class Consents {

    /** Who may find a consent by its patient: whoever may read the patient. */
    static final Set<Role> PATIENT_READERS = Set.of(Role.ADMIN, Role.COMPLIANCE_OFFICER);
    private static final Pattern NUMBER = Pattern.compile("C-\\d{4}-\\d{4,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATIENT = Pattern.compile("(.+?)\\s+(\\d{4}-\\d{2}-\\d{2})");

    private final TenantMongo mongo;
    private final BlindIndex blindIndex;

    Consents(TenantMongo mongo, BlindIndex blindIndex) {
        this.mongo = mongo;
        this.blindIndex = blindIndex;
    }

    /** A consent of the caller's organisation that is not deleted. */
    public Mono<Consent> byId(ObjectId id) {
        return mongo.findById(id, Consent.class).filter(consent -> consent.deletedAt() == null);
    }

    Flux<Consent> byIds(Collection<ObjectId> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Consent.class)
                .filter(consent -> consent.deletedAt() == null);
    }

    Mono<Connection<Consent>> page(Caller caller, ConsentFilter filter, ConsentOrder order, PageRequest request,
            boolean withTotal) {
        return mongo.page(keyset(order), criteria(caller, filter), request, withTotal, Consent.class);
    }

    /** ACTIVE consents whose expiration date is from today to {@code last}, soonest first. */
    Flux<Consent> expiringBetween(LocalDate today, LocalDate last) {
        Query query = Query.query(Criteria.where("status").is(ConsentStatus.ACTIVE).and("deletedAt").is(null)
                        .and("expiresOn").gte(today.toString()).lte(last.toString()))
                .with(Sort.by("expiresOn", "_id")).limit(500);
        return mongo.find(query, Consent.class);
    }

    private static KeysetQuery<Consent> keyset(ConsentOrder order) {
        if (order == null || order.field() == null) {
            return KeysetQuery.byInstant("createdAt", Sort.Direction.DESC, Consent::createdAt, Consent::id);
        }
        Sort.Direction direction = OrderDirection.of(order.direction());
        return switch (order.field()) {
            case NUMBER -> KeysetQuery.byText("number", direction, Consent::number, Consent::id);
            case CREATED_AT -> KeysetQuery.byInstant("createdAt", direction, Consent::createdAt, Consent::id);
            case EXPIRES_ON -> KeysetQuery.byText("expirySortKey", direction, Consent::expirySortKey, Consent::id);
        };
    }

    private Criteria criteria(Caller caller, ConsentFilter filter) {
        Criteria criteria = Criteria.where("deletedAt").is(null);
        if (filter == null) {
            return criteria;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        if (filter.channel() != null) {
            criteria.and("channels").is(filter.channel());
        }
        if (filter.purpose() != null) {
            criteria.and("purposes.kind").is(filter.purpose());
        }
        if (filter.category() != null) {
            criteria.and("categories").is(filter.category());
        }
        if (filter.expiringBefore() != null) {
            criteria.and("expiresOn").lte(filter.expiringBefore().toString());
            if (filter.status() == null || filter.status().isEmpty()) {
                criteria.and("status").is(ConsentStatus.ACTIVE);
            }
        }
        search(criteria, caller, filter.search());
        return criteria;
    }

    /** By number, by the patient (exact, on the blind index, for those who may read patients), else in the label. */
    private void search(Criteria criteria, Caller caller, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String search = text.strip();
        if (NUMBER.matcher(search).matches()) {
            criteria.and("number").is(search.toUpperCase(Locale.ROOT));
            return;
        }
        Matcher patient = PATIENT.matcher(search);
        if (patient.matches() && caller.hasAnyRole(PATIENT_READERS)) {
            try {
                LocalDate born = LocalDate.parse(patient.group(2));
                criteria.and("patient.index").is(blindIndex.of(caller.organization(), patient.group(1), born));
                return;
            } catch (DateTimeParseException notADate) {
                // Then it is only text, looked for in the label.
            }
        }
        TextSearch.anyFieldContains(criteria, search, "label");
    }

    @Bean
    static IndexDeclaration consentIndexes() {
        return IndexDeclaration.of(Consent.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("number", Sort.Direction.ASC).unique()
                        .named("organization_number_unique"),
                new Index().on("organizationId", Sort.Direction.ASC).on("patient.index", Sort.Direction.ASC),
                new Index().on("organizationId", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC),
                new Index().on("organizationId", Sort.Direction.ASC).on("expirySortKey", Sort.Direction.ASC),
                new Index().on("status", Sort.Direction.ASC).on("expiresAt", Sort.Direction.ASC));
    }
}
