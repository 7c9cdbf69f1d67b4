package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackThread.Source;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The threads opened on one day of an organisation (in its time zone, by when the patient wrote),
 * each as it stands now, under the deterministic ID {@code org|day}: what {@code feedbackSummary}
 * reads, by ID, instead of the threads. Kept by {@link FeedbackDays}; nothing in it names or
 * quotes anyone.
 *
 * @param threads by the thread's hex ID
 */
@Document(FeedbackDay.COLLECTION)
record FeedbackDay(@Id String id, String organizationId, String day, Map<String, Mark> threads) implements TenantOwned {

    static final String COLLECTION = "feedback_days";

    FeedbackDay {
        threads = threads == null ? Map.of() : Map.copyOf(threads);
    }

    static String id(String organization, String day) {
        return organization + "|" + day;
    }

    /**
     * One thread's figures: where it came from, where it stands, when the patient wrote, when the
     * first reply was due and when it came (null before it).
     */
    record Mark(Source source, Status status, Instant openedAt, Instant dueAt, Instant respondedAt) {

        static Mark of(FeedbackThread thread) {
            return new Mark(thread.source(), thread.status(), openedAt(thread), thread.firstResponseDueAt(),
                    thread.firstRespondedAt());
        }

        /** When the patient wrote the thread's first message (the inbox's createdFrom), else when it came in. */
        static Instant openedAt(FeedbackThread thread) {
            return thread.messages().isEmpty() || thread.messages().getFirst().sentAt() == null ? thread.createdAt()
                    : thread.messages().getFirst().sentAt();
        }

        /** Whether the first reply came late, or has not come and is past due at {@code now} (unresolved). */
        boolean breached(Instant now) {
            if (respondedAt != null) {
                return respondedAt.isAfter(dueAt);
            }
            return overdue(now);
        }

        /** No reply yet, unresolved and past due: {@link FeedbackThread#overdue}. */
        boolean overdue(Instant now) {
            return respondedAt == null && status != Status.RESOLVED && now.isAfter(dueAt);
        }
    }
}
