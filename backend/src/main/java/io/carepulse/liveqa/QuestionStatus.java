package io.carepulse.liveqa;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * PENDING → APPROVED | REJECTED; APPROVED → ANSWERED | REJECTED (post-moderation removal);
 * ANSWERED → APPROVED (restore); REJECTED → PENDING (restore, while the session is live).
 */
public enum QuestionStatus {
    PENDING,
    APPROVED,
    REJECTED,
    ANSWERED;

    private static final Map<QuestionStatus, Set<QuestionStatus>> TRANSITIONS = Map.of(
            PENDING, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(ANSWERED, REJECTED),
            ANSWERED, EnumSet.of(APPROVED),
            REJECTED, EnumSet.of(PENDING));

    public Set<QuestionStatus> next() {
        return TRANSITIONS.get(this);
    }

    public boolean canMoveTo(QuestionStatus target) {
        return next().contains(target);
    }

    /** Whether the audience may see a question in this state. */
    public boolean visibleToAudience() {
        return this == APPROVED || this == ANSWERED;
    }
}
