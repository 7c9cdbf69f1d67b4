package io.carepulse.campaign;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Campaign lifecycle: PLANNED → ACTIVE ⇄ PAUSED → COMPLETED → ARCHIVED. A planned campaign that
 * is dropped may be archived directly; ARCHIVED is final.
 */
public enum CampaignStatus {
    PLANNED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    ARCHIVED;

    private static final Map<CampaignStatus, Set<CampaignStatus>> TRANSITIONS = Map.of(
            PLANNED, EnumSet.of(ACTIVE, ARCHIVED),
            ACTIVE, EnumSet.of(PAUSED, COMPLETED),
            PAUSED, EnumSet.of(ACTIVE, COMPLETED),
            COMPLETED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(CampaignStatus.class));

    public Set<CampaignStatus> next() {
        return TRANSITIONS.get(this);
    }

    public boolean canMoveTo(CampaignStatus target) {
        return next().contains(target);
    }
}
