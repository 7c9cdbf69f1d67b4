package io.carepulse.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void encodedIdDecodesToItsTypeAndKey() {
        ObjectId id = new ObjectId();
        String global = GlobalId.encode("Campaign", id);
        assertThat(global).doesNotContain("Campaign").doesNotContain("=");
        assertThat(GlobalId.objectId(global, "Campaign")).isEqualTo(id);
    }

    @Test
    void idOfAnotherTypeOrMalformedIdResolvesToNothing() {
        String segment = GlobalId.encode("AudienceSegment", new ObjectId());
        assertThat(GlobalId.objectId(segment, "Campaign")).isNull();
        assertThat(GlobalId.objectId("%%%", "Campaign")).isNull();
        assertThat(GlobalId.objectId(GlobalId.encode("Campaign", "not-hex"), "Campaign")).isNull();
        assertThat(GlobalId.parse("")).isNull();
        assertThat(GlobalId.parse("x".repeat(600))).isNull();
    }

    @Test
    void pageSizeAboveOneHundredIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageRequest.of(101, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("first");
        assertThat(PageRequest.of(100, null).size()).isEqualTo(100);
        assertThat(PageRequest.of(null, null).size()).isEqualTo(20);
    }
}
