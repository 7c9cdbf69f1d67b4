package io.carepulse.audit;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.AuditOutbox;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records an audit entry that a crash left in the outbox of the document its mutation changed:
 * the actor, action and changed fields the entry carries, and that document as the target. Its
 * ID is the entry's, so recording it again changes nothing.
 */
@Component
class AuditRecovery implements AuditOutbox {

    private final TenantMongo mongo;

    AuditRecovery(TenantMongo mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> record(String organization, Document entry, Object documentId) {
        String type = entry.getString("targetType");
        String target = documentId instanceof ObjectId id ? GlobalId.encode(type, id)
                : GlobalId.encode(type, String.valueOf(documentId));
        AuditEntry audit = new AuditEntry(new ObjectId(entry.getString("entryId")), organization,
                entry.getString("action"), entry.getString("actor"), entry.getString("actorKind"), target, type,
                entry.getList("changedFields", String.class, List.of()), AuditRecorder.changes(entry),
                entry.getDate("at").toInstant());
        return mongo.insert(org -> audit)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                        CallerAuthentication.forEventConsumer(organization, "audit-recovery")))
                .then();
    }
}
