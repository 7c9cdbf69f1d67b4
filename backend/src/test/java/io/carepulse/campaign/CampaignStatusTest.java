package io.carepulse.campaign;

import static io.carepulse.campaign.CampaignStatus.ACTIVE;
import static io.carepulse.campaign.CampaignStatus.ARCHIVED;
import static io.carepulse.campaign.CampaignStatus.COMPLETED;
import static io.carepulse.campaign.CampaignStatus.PAUSED;
import static io.carepulse.campaign.CampaignStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "PLANNED, ACTIVE, true", "PLANNED, PAUSED, false", "PLANNED, COMPLETED, false", "PLANNED, ARCHIVED, true",
            "PLANNED, PLANNED, false",
            "ACTIVE, PAUSED, true", "ACTIVE, COMPLETED, true", "ACTIVE, PLANNED, false", "ACTIVE, ARCHIVED, false",
            "ACTIVE, ACTIVE, false",
            "PAUSED, ACTIVE, true", "PAUSED, COMPLETED, true", "PAUSED, PLANNED, false", "PAUSED, ARCHIVED, false",
            "PAUSED, PAUSED, false",
            "COMPLETED, ARCHIVED, true", "COMPLETED, ACTIVE, false", "COMPLETED, PAUSED, false",
            "COMPLETED, PLANNED, false", "COMPLETED, COMPLETED, false",
            "ARCHIVED, PLANNED, false", "ARCHIVED, ACTIVE, false", "ARCHIVED, PAUSED, false",
            "ARCHIVED, COMPLETED, false", "ARCHIVED, ARCHIVED, false"})
    void transitionTableAllowsExactlyTheWorkflow(CampaignStatus from, CampaignStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void archivedIsFinal() {
        assertThat(ARCHIVED.next()).isEmpty();
        assertThat(PLANNED.next()).containsExactlyInAnyOrder(ACTIVE, ARCHIVED);
        assertThat(PAUSED.next()).containsExactlyInAnyOrder(ACTIVE, COMPLETED);
    }
}
