package io.carepulse.segment;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group of patients or community members a campaign speaks to (GraphQL {@code AudienceSegment}).
 * Segments describe audiences in aggregate; they never hold individual patients.
 */
@Document(AudienceSegment.COLLECTION)
public record AudienceSegment(@Id ObjectId id, String organizationId, String name, String description,
        AgeRange ageRange, List<String> locations, List<String> healthInterests, List<String> languages,
        List<Channel> preferredChannels, Instant createdAt, Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "audience_segments";
    public static final String TYPE = "AudienceSegment";

    /** Inclusive age range in years. */
    public record AgeRange(int min, int max) {
    }
}
