package io.carepulse.notes;

import io.carepulse.platform.tenancy.TenantOwned;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What the test-only notes feature's consumer keeps per board: the sequence numbers it has handled. */
@Document("test_note_tallies")
record NoteTally(@Id ObjectId id, String organizationId, String board, List<Long> seen) implements TenantOwned {
}
