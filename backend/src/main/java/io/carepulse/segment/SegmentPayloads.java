package io.carepulse.segment;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import java.util.List;

/** Payloads of the segment mutations. */
final class SegmentPayloads {

    private SegmentPayloads() {
    }

    record CreateAudienceSegmentPayload(AudienceSegment audienceSegment, List<UserError> userErrors)
            implements SegmentPayload {
    }

    record UpdateAudienceSegmentPayload(AudienceSegment audienceSegment, List<UserError> userErrors)
            implements SegmentPayload {
    }

    interface SegmentPayload extends MutationPayload {
        AudienceSegment audienceSegment();

        @Override
        default String auditTargetId() {
            return audienceSegment() == null ? null : GlobalId.encode(AudienceSegment.TYPE, audienceSegment().id());
        }

        @Override
        default String auditTargetType() {
            return AudienceSegment.TYPE;
        }
    }
}
