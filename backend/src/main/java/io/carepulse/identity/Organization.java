package io.carepulse.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A provider organisation (GraphQL {@code Organization}); its id is the slug tokens carry. */
@Document("organizations")
public record Organization(@Id String id, String name, Instant createdAt) {
}
