package io.carepulse.notes;

import io.carepulse.platform.tenancy.TenantOwned;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test-only feature: a note on a board, whose changes are events of the board's stream. */
@Document("test_notes")
record Note(@Id ObjectId id, String organizationId, String board, String text) implements TenantOwned {
}
