package io.carepulse.segment;

import java.util.List;
import java.util.Locale;
import org.springframework.graphql.data.ArgumentValue;

/** GraphQL inputs of the segment mutations. */
final class SegmentInputs {

    private SegmentInputs() {
    }

    record AgeRangeInput(Integer min, Integer max) {
    }

    record CreateAudienceSegmentInput(String name, String description, AgeRangeInput ageRange,
            List<String> locations, List<String> healthInterests, List<Locale> languages,
            List<Channel> preferredChannels) {
    }

    record UpdateAudienceSegmentInput(String id, int expectedVersion, ArgumentValue<String> name,
            ArgumentValue<String> description, ArgumentValue<AgeRangeInput> ageRange,
            ArgumentValue<List<String>> locations, ArgumentValue<List<String>> healthInterests,
            ArgumentValue<List<Locale>> languages, ArgumentValue<List<Channel>> preferredChannels) {
    }

    record AudienceSegmentFilter(String search, Channel channel) {
    }

    enum AudienceSegmentOrderField { NAME, CREATED_AT, UPDATED_AT }

    record AudienceSegmentOrder(AudienceSegmentOrderField field, io.carepulse.platform.graphql.OrderDirection direction) {
    }
}
