package io.carepulse.content;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The workflow of a content item, as one transition table: where each status may go next, by
 * whichever operation (submitting, reviewing, editing, scheduling, publishing, archiving). Who may
 * take each step is the operations' rule; this table only says what can follow what.
 */
public enum ContentStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, IN_COMPLIANCE_REVIEW, APPROVED, REJECTED, SCHEDULED, PUBLISHED, RETRACTED,
    ARCHIVED;

    private static final Map<ContentStatus, Set<ContentStatus>> NEXT = Map.of(
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

    public Set<ContentStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(ContentStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Whether an edit is allowed: it returns the item to DRAFT (a published item is corrected by a new revision). */
    public boolean editable() {
        return this == DRAFT || canMoveTo(DRAFT);
    }
}
