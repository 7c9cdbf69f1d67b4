package io.carepulse.content;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's posting policy (GraphQL {@code PostingPolicy}), one document keyed by the
 * organisation, versioned: each new version must be acknowledged again ({@link Acknowledgement},
 * keyed by organisation, person and version, so checking is a lookup by a unique key).
 */
@Document(PostingPolicy.COLLECTION)
record PostingPolicy(@Id String id, String organizationId, int version, String text, List<String> blockedPhrases,
        List<Disclaimer> disclaimers, List<Hashtags> requiredHashtags, Instant updatedAt, String updatedBy)
        implements TenantOwned {

    static final String COLLECTION = "posting_policies";

    static PostingPolicy none(String organization) {
        return new PostingPolicy(organization, organization, 0, "", List.of(), List.of(), List.of(), null, null);
    }

    record Disclaimer(String text, List<ContentFormat> formats, List<String> topics) {

        boolean appliesTo(Content content) {
            return (formats.isEmpty() || formats.contains(content.format()))
                    && (topics.isEmpty() || topics.stream().anyMatch(content.topics()::contains));
        }
    }

    record Hashtags(ObjectId campaignId, List<String> hashtags) {
    }

    @Document("policy_acknowledgements")
    record Acknowledgement(@Id String id, String organizationId, String subject, int version, Instant at)
            implements TenantOwned {

        static String id(String organization, String subject, int version) {
            return organization + "|" + subject + "|" + version;
        }
    }
}
