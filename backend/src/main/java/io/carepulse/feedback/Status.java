package io.carepulse.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * A thread's status (GraphQL {@code FeedbackStatus}): NEW → OPEN → AWAITING_PATIENT → RESOLVED,
 * reopened from RESOLVED; ESCALATED from any state that is not resolved, and back to OPEN. A staff
 * reply moves NEW and OPEN to AWAITING_PATIENT; a patient's message moves AWAITING_PATIENT and
 * RESOLVED back to OPEN.
 */
public enum Status {
    NEW, OPEN, AWAITING_PATIENT, RESOLVED, ESCALATED;

    /** The statuses a person may set from this one. */
    public Set<Status> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, AWAITING_PATIENT, RESOLVED, ESCALATED);
            case OPEN -> EnumSet.of(AWAITING_PATIENT, RESOLVED, ESCALATED);
            case AWAITING_PATIENT -> EnumSet.of(OPEN, RESOLVED, ESCALATED);
            case RESOLVED -> EnumSet.of(OPEN);
            case ESCALATED -> EnumSet.of(OPEN, AWAITING_PATIENT, RESOLVED);
        };
    }

    public boolean canMoveTo(Status target) {
        return next().contains(target);
    }
}
