package io.carepulse.platform.tenancy;

import com.mongodb.client.model.changestream.OperationType;
import org.bson.BsonValue;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.data.mongodb.core.ChangeStreamOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The few deliberate reads that are not scoped to the caller's organisation, each for a reason
 * stated here, so they stay visible and few. Everything else goes through {@link TenantMongo}.
 */
@Component
public class CrossTenantAccess {

    private final ReactiveMongoTemplate mongo;

    public CrossTenantAccess(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One document by a capability: a secret, unguessable value that is unique across all
     * tenants (a live session's join code). Whoever holds it may reach that one document; the
     * caller has no organisation yet (a member of the public about to join).
     */
    public <T extends TenantOwned> Mono<T> byCapability(String field, String value, Class<T> type) {
        return mongo.findOne(Query.query(Criteria.where(field).is(value)), type);
    }

    /**
     * Documents of the organisation that owns a document found {@link #byCapability by a capability}:
     * what the capability opens to the public (an ended session's published recap). The
     * organisation must come from that document.
     */
    public <T extends TenantOwned> Flux<T> findInOrganization(String organization, Query query, Class<T> type) {
        query.addCriteria(Criteria.where(TenantOwned.FIELD).is(organization));
        return mongo.find(query, type);
    }

    /**
     * One document of a named organisation, for checks made while a token is being verified,
     * before any caller exists. The organisation must come from that verified token.
     */
    public <T extends TenantOwned> Mono<T> byIdInOrganization(String organization, Object id, Class<T> type) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id).and(TenantOwned.FIELD).is(organization)),
                type);
    }

    /**
     * Inserts into a collection of every tenant, in the order they were written, for one
     * instance-wide fan-out that routes each document to subscribers of its own organisation
     * only. Resumes after {@code resumeToken} when one is given.
     */
    public <T extends TenantOwned> Flux<ChangeStreamEvent<T>> allInserts(String collection, Class<T> type,
            BsonValue resumeToken) {
        return inserts(collection, type, resumeToken, Criteria.where("operationType").is(OperationType.INSERT.getValue()));
    }

    /**
     * {@link #allInserts} of the documents whose {@code field} is {@code value} only, filtered by
     * the database: a reader of one kind of document is not sent, nor saves a token for, the rest.
     */
    public <T extends TenantOwned> Flux<ChangeStreamEvent<T>> insertsWhere(String collection, Class<T> type,
            BsonValue resumeToken, String field, Object value) {
        return inserts(collection, type, resumeToken, Criteria.where("operationType")
                .is(OperationType.INSERT.getValue()).and("fullDocument." + field).is(value));
    }

    private <T extends TenantOwned> Flux<ChangeStreamEvent<T>> inserts(String collection, Class<T> type,
            BsonValue resumeToken, Criteria match) {
        ChangeStreamOptions.ChangeStreamOptionsBuilder options = ChangeStreamOptions.builder()
                .filter(Aggregation.newAggregation(Aggregation.match(match)));
        if (resumeToken != null) {
            options.resumeAfter(resumeToken);
        }
        return mongo.changeStream(collection, options.build(), type);
    }

    /**
     * Documents of every tenant, for maintenance jobs (retention) that then act on each one
     * within its own organisation ({@link #updateInOrganization}).
     */
    public <T extends TenantOwned> Flux<T> findForMaintenance(Query query, Class<T> type) {
        return mongo.find(query, type);
    }

    /**
     * Updates the matching documents of one named organisation, for maintenance jobs; the
     * organisation must come from the document the job is working on.
     */
    public <T extends TenantOwned> Mono<Long> updateInOrganization(String organization, Query query,
            org.springframework.data.mongodb.core.query.UpdateDefinition update, Class<T> type) {
        return mongo.updateMulti(Query.of(query).addCriteria(Criteria.where(TenantOwned.FIELD).is(organization)),
                update, type).map(result -> result.getModifiedCount());
    }
}
