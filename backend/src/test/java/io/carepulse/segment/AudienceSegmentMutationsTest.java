package io.carepulse.segment;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudienceSegmentMutationsTest extends IntegrationTest {

    private Map<String, Object> create(Map<String, Object> input) {
        return new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER), "createAudienceSegment",
                Map.of("input", input));
    }

    @Test
    void marketerCreatesSegmentWithEveryField() {
        String name = unique("Seniors");
        Map<String, Object> body = create(Map.of("name", name, "description", "Older adults",
                "ageRange", Map.of("min", 65, "max", 100), "locations", List.of("Riverside", "Riverside", " Corona "),
                "healthInterests", List.of("flu shots"), "languages", List.of("en-US", "es-US"),
                "preferredChannels", List.of("FACEBOOK", "YOUTUBE")));
        assertThat(RawGraphQl.data(body, "createAudienceSegment.userErrors")).isEqualTo(List.of());
        assertThat(RawGraphQl.data(body, "createAudienceSegment.audienceSegment.locations"))
                .isEqualTo(List.of("Riverside", "Corona"));
        assertThat(RawGraphQl.data(body, "createAudienceSegment.audienceSegment.languages"))
                .isEqualTo(List.of("en-US", "es-US"));
        assertThat(RawGraphQl.data(body, "createAudienceSegment.audienceSegment.ageRange.min")).isEqualTo(65);
    }

    @Test
    void invertedAgeRangeAndDuplicateNameAreUserErrors() {
        Map<String, Object> inverted = create(Map.of("name", unique("Kids"), "ageRange", Map.of("min", 12, "max", 5)));
        assertThat(RawGraphQl.data(inverted, "createAudienceSegment.userErrors.0.field"))
                .isEqualTo(List.of("input", "ageRange", "max"));
        String name = unique("Twice");
        create(Map.of("name", name));
        Map<String, Object> again = create(Map.of("name", name));
        assertThat(RawGraphQl.data(again, "createAudienceSegment.userErrors.0.code")).isEqualTo("DUPLICATE");
        Map<String, Object> tooLong = create(Map.of("name", "y".repeat(10_000)));
        assertThat(RawGraphQl.data(tooLong, "createAudienceSegment.userErrors.0.code")).isEqualTo("TOO_LONG");
    }

    @Test
    void updateWithExplicitNullClearsAndOmittedKeeps() {
        Map<String, Object> created = create(Map.of("name", unique("Parents"), "description", "Under 5s",
                "ageRange", Map.of("min", 20, "max", 45)));
        String id = (String) RawGraphQl.data(created, "createAudienceSegment.audienceSegment.id");
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("expectedVersion", 1);
        input.put("description", null);
        Map<String, Object> updated = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "updateAudienceSegment", Map.of("input", input));
        assertThat(RawGraphQl.data(updated, "updateAudienceSegment.userErrors")).isEqualTo(List.of());
        assertThat(RawGraphQl.data(updated, "updateAudienceSegment.audienceSegment.description")).isNull();
        assertThat(RawGraphQl.data(updated, "updateAudienceSegment.audienceSegment.ageRange.max")).isEqualTo(45);
        assertThat(RawGraphQl.data(updated, "updateAudienceSegment.audienceSegment.version")).isEqualTo(2);

        Map<String, Object> stale = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "updateAudienceSegment", Map.of("input", Map.of("id", id, "expectedVersion", 1, "name", "x")));
        assertThat(RawGraphQl.data(stale, "updateAudienceSegment.userErrors.0.code")).isEqualTo("CONFLICT");
    }
}
