package io.carepulse.liveqa.question;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSessionStatus;

import java.util.EnumSet;
import java.util.Set;

/** What a moderator can do to a question (GraphQL {@code ModerationAction}). */
public enum ModerationAction {
    APPROVE,
    REJECT,
    PIN,
    UNPIN,
    MARK_ANSWERED,
    RESTORE,
    EDIT;

    /**
     * The actions open on a question in its current state, in a session in {@code session} state.
     * A flagged question cannot be approved: a moderator edits the suspected PHI (or the
     * profanity) out first, and the edit screens the text again. A rejected question can be
     * restored to the queue only while its session is live.
     */
    public static Set<ModerationAction> allowedOn(LiveQuestion q, LiveSessionStatus session) {
        Set<ModerationAction> actions = EnumSet.noneOf(ModerationAction.class);
        switch (q.status()) {
            case PENDING -> {
                if (!q.flagged()) {
                    actions.add(APPROVE);
                }
                actions.add(REJECT);
                actions.add(EDIT);
            }
            case APPROVED -> {
                actions.add(REJECT);
                actions.add(MARK_ANSWERED);
                actions.add(q.pinned() ? UNPIN : PIN);
            }
            case ANSWERED -> {
                actions.add(RESTORE);
                actions.add(q.pinned() ? UNPIN : PIN);
            }
            case REJECTED -> {
                if (session == LiveSessionStatus.LIVE) {
                    actions.add(RESTORE);
                }
            }
        }
        return actions;
    }
}
