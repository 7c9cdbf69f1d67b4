package io.carepulse.content;

import static io.carepulse.content.ContentStatus.APPROVED;
import static io.carepulse.content.ContentStatus.ARCHIVED;
import static io.carepulse.content.ContentStatus.CHANGES_REQUESTED;
import static io.carepulse.content.ContentStatus.DRAFT;
import static io.carepulse.content.ContentStatus.IN_COMPLIANCE_REVIEW;
import static io.carepulse.content.ContentStatus.IN_REVIEW;
import static io.carepulse.content.ContentStatus.PUBLISHED;
import static io.carepulse.content.ContentStatus.REJECTED;
import static io.carepulse.content.ContentStatus.RETRACTED;
import static io.carepulse.content.ContentStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The content workflow as the issue writes it, every pair of statuses checked against the table. */
class ContentTransitionTableTest {

    static final Map<ContentStatus, Set<ContentStatus>> EXPECTED = Map.of(
            DRAFT, EnumSet.of(IN_REVIEW, ARCHIVED),
            IN_REVIEW, EnumSet.of(APPROVED, IN_COMPLIANCE_REVIEW, CHANGES_REQUESTED, REJECTED, DRAFT, ARCHIVED),
            IN_COMPLIANCE_REVIEW, EnumSet.of(APPROVED, CHANGES_REQUESTED, REJECTED, DRAFT, ARCHIVED),
            CHANGES_REQUESTED, EnumSet.of(DRAFT, IN_REVIEW, ARCHIVED),
            REJECTED, EnumSet.of(ARCHIVED),
            APPROVED, EnumSet.of(SCHEDULED, PUBLISHED, DRAFT, ARCHIVED),
            SCHEDULED, EnumSet.of(APPROVED, PUBLISHED, DRAFT, ARCHIVED),
            PUBLISHED, EnumSet.of(RETRACTED),
            RETRACTED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ContentStatus.class));

    static Stream<Arguments> everyPair() {
        return Stream.of(ContentStatus.values()).flatMap(from -> Stream.of(ContentStatus.values())
                .map(to -> Arguments.of(from, to, EXPECTED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void aStatusMovesOnlyWhereTheWorkflowSays(ContentStatus from, ContentStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void anItemIsEditableUnlessPublishedRejectedRetractedOrArchived(ContentStatus status) {
        assertThat(status.editable()).isEqualTo(!EnumSet.of(PUBLISHED, REJECTED, RETRACTED, ARCHIVED).contains(status));
    }

    static Stream<ContentStatus> statuses() {
        return Stream.of(ContentStatus.values());
    }
}
