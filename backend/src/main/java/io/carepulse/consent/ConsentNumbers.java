package io.carepulse.consent;

import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The registry's numbers, C-2026-0001 upwards, one sequence per organisation and year: one
 * counter document per year, keyed by organisation and year and incremented atomically, so two
 * recordings never get the same number. A recording that fails after taking one leaves a gap,
 * which a registry may have; it never reuses a number.
 */
@Component
class ConsentNumbers {

    private final TenantMongo mongo;

    ConsentNumbers(TenantMongo mongo) {
        this.mongo = mongo;
    }

    /** The next number of {@code year} in the caller's organisation. */
    Mono<String> next(int year) {
        return mongo.tenant().flatMap(org -> PendingAudit.outside(mongo.upsert(
                        Query.query(Criteria.where("_id").is(org + "|" + year)),
                        new Update().inc("last", 1L).set("year", year), Counter.class)))
                .map(counter -> ConsentWording.number(year, counter.last()));
    }

    @Document("consent_numbers")
    record Counter(@Id String id, String organizationId, int year, long last) implements TenantOwned {
    }
}
