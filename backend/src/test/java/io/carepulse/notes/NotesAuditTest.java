package io.carepulse.notes;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.notes.NotesFeature.Notes;
import io.carepulse.platform.events.OutboxRecovery;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.ActingAs;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/** A change and its audit entry are one document write: a crash after the change still leaves it audited. */
class NotesAuditTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Notes notes;

    @Autowired
    OutboxRecovery recovery;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void anAuditEntryLeftInTheOutboxByACrashAfterTheChangeIsRecordedByRecovery() {
        String board = unique("audited board");
        PendingAudit pending = PendingAudit.of("addNote", "author@riverside", List.of("board", "text"),
                Instant.now());
        // The mutation's write happens with its audit entry; the process "dies" before recording it.
        Note note = ActingAs.staff(RIVERSIDE, notes.add(board, "Audited")
                .contextWrite(Context.of(PendingAudit.class, pending))).block(WAIT);
        assertThat(raw(note).getList(PendingAudit.OUTBOX_FIELD, Document.class)).hasSize(1);
        assertThat(auditEntry(pending)).isNull();

        // Recovery, again until the entry is there: another instance's sweep may hold the lease.
        Mono.defer(() -> recovery.sweep(Duration.ZERO)
                        .then(mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                        .is(new ObjectId(pending.entryId()))), "audit_log")))
                .filter(Boolean::booleanValue)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(200)))
                .block(WAIT);

        Document entry = auditEntry(pending);
        assertThat(entry.getString("organizationId")).isEqualTo(RIVERSIDE);
        assertThat(entry.getString("action")).isEqualTo("addNote");
        assertThat(entry.getString("actorSubject")).isEqualTo("author@riverside");
        assertThat(entry.getString("targetId")).isEqualTo(GlobalId.encode("Note", note.id()));
        assertThat(entry.getList("changedFields", String.class)).containsExactly("board", "text");
        assertThat(raw(note).getList(PendingAudit.OUTBOX_FIELD, Document.class)).isEmpty();
    }

    private Document raw(Note note) {
        return mongo.findById(note.id(), Document.class, "test_notes").block(WAIT);
    }

    private Document auditEntry(PendingAudit pending) {
        return mongo.findById(new ObjectId(pending.entryId()), Document.class, "audit_log").block(WAIT);
    }
}
