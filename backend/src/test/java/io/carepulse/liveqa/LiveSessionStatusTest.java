package io.carepulse.liveqa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiveSessionStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({"SCHEDULED, LIVE, true", "SCHEDULED, ENDED, false", "SCHEDULED, SCHEDULED, false",
            "LIVE, ENDED, true", "LIVE, SCHEDULED, false", "LIVE, LIVE, false",
            "ENDED, SCHEDULED, false", "ENDED, LIVE, false", "ENDED, ENDED, false"})
    void transitionTableAllowsExactlyTheLifecycle(LiveSessionStatus from, LiveSessionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
