package io.carepulse.segment;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Audience segments as another organisation tries them. */
@Component
class SegmentCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        String name = world.unique("Riverside only segment");
        Fixtures.Created segment = Fixtures.segment(world.as(RIVERSIDE, Role.MARKETER), name);
        return Prepared.of(Map.of(
                        "audienceSegments", new Case("audienceSegments", Map.of("first", 100, "filter",
                                Map.of("search", name)),
                                body -> assertThat((List<?>) data(body, "audienceSegments.edges")).isEmpty()),
                        "audienceSegment", new Case("audienceSegment", Map.of("id", segment.id()),
                                body -> assertThat(data(body, "audienceSegment")).isNull()),
                        // Names are unique per organisation only: another tenant's name is free.
                        "createAudienceSegment", new Case("createAudienceSegment", Map.of("input", Map.of("name", name)),
                                body -> assertThat(data(body, "createAudienceSegment.userErrors")).isEqualTo(List.of())),
                        "updateAudienceSegment", new Case("updateAudienceSegment", Map.of("input", Map.of(
                                "id", segment.id(), "expectedVersion", 1, "name", "Hijacked")),
                                body -> {
                                    assertThat(data(body, "updateAudienceSegment.userErrors.0.code"))
                                            .isEqualTo("NOT_FOUND");
                                    assertThat(data(body, "updateAudienceSegment.userErrors.0.field"))
                                            .isEqualTo(List.of("input", "id"));
                                })))
                .withNodes(Map.of("AudienceSegment", segment.id()));
    }
}
