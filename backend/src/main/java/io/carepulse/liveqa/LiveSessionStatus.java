package io.carepulse.liveqa;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** SCHEDULED → LIVE → ENDED; ENDED is final. */
public enum LiveSessionStatus {
    SCHEDULED,
    LIVE,
    ENDED;

    private static final Map<LiveSessionStatus, Set<LiveSessionStatus>> TRANSITIONS = Map.of(
            SCHEDULED, EnumSet.of(LIVE),
            LIVE, EnumSet.of(ENDED),
            ENDED, EnumSet.noneOf(LiveSessionStatus.class));

    public Set<LiveSessionStatus> next() {
        return TRANSITIONS.get(this);
    }

    public boolean canMoveTo(LiveSessionStatus target) {
        return next().contains(target);
    }
}
