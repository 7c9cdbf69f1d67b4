package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackThread.Source;
import io.carepulse.platform.events.MarkedCounts;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The threads opened on one day of an organisation (in its time zone, by when the patient wrote),
 * under the deterministic ID {@code org|day}: what {@code feedbackSummary} reads, by ID, instead of
 * the threads. Each thread's figures as it stands now ({@code threads}, what a change is measured
 * against), their counts ({@code counts}, what the summary reads, whatever the number of threads)
 * and when the first reply is due for those still waiting for one ({@code waiting}: overdue is a
 * matter of when it is asked, read only for days recent enough to have a reply not due yet). Kept by {@link FeedbackDays}; nothing in it names or quotes anyone.
 *
 * @param threads by the thread's hex ID
 * @param counts  {@link Mark#counts()} of the threads, added up ({@link MarkedCounts})
 * @param waiting the due time of each thread without a reply and not resolved, by hex ID
 */
@Document(FeedbackDay.COLLECTION)
record FeedbackDay(@Id String id, String organizationId, String day, Map<String, Mark> threads,
        Map<String, Long> counts, Map<String, Instant> waiting) implements TenantOwned {

    static final String COLLECTION = "feedback_days";

    static final String THREADS = "threads";
    static final String SOURCE = "source:";
    static final String UNRESOLVED = "unresolved:";
    static final String STATUS = "status:";
    static final String RESPONDED = "responded";
    static final String LATE = "late";
    static final String WAITING = "waiting";
    static final String REPLY = "reply:";

    FeedbackDay {
        threads = threads == null ? Map.of() : Map.copyOf(threads);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        waiting = waiting == null ? Map.of() : Map.copyOf(waiting);
    }

    static String id(String organization, String day) {
        return organization + "|" + day;
    }

    /**
     * The start of the span a first reply's time is counted in, in minutes: each minute under an
     * hour, 5 minutes under a day, half an hour under a week, then days. A median read from the
     * counts is as exact as its span (the middle of it).
     */
    static long replySpan(Duration reply) {
        long minutes = Math.max(0, reply.toMinutes());
        return minutes - minutes % replySpanWidth(minutes);
    }

    /** The width of the span starting at {@code start} minutes. */
    static long replySpanWidth(long start) {
        return start < 60 ? 1 : start < 1440 ? 5 : start < 10_080 ? 30 : 1440;
    }

    /**
     * One thread's figures: where it came from, where it stands, when the patient wrote, when the
     * first reply was due and when it came (null before it); {@code revision} counts the changes
     * taken in, so a change is written only over the figures it was measured against.
     */
    record Mark(Source source, Status status, Instant openedAt, Instant dueAt, Instant respondedAt, Integer revision)
            implements MarkedCounts.Mark {

        Mark {
            revision = revision == null ? 0 : revision;
        }

        static Mark of(FeedbackThread thread) {
            return new Mark(thread.source(), thread.status(), openedAt(thread), thread.firstResponseDueAt(),
                    thread.firstRespondedAt(), 0);
        }

        /** When the patient wrote the thread's first message (the inbox's createdFrom), else when it came in. */
        static Instant openedAt(FeedbackThread thread) {
            return thread.messages().isEmpty() || thread.messages().getFirst().sentAt() == null ? thread.createdAt()
                    : thread.messages().getFirst().sentAt();
        }

        Mark revised(int next) {
            return new Mark(source, status, openedAt, dueAt, respondedAt, next);
        }

        /** The same figures, whatever the revision. */
        boolean sameAs(Mark other) {
            return other != null && source == other.source && status == other.status
                    && Objects.equals(openedAt, other.openedAt) && Objects.equals(dueAt, other.dueAt)
                    && Objects.equals(respondedAt, other.respondedAt);
        }

        /** Still waiting for a first reply, and not resolved: overdue once its due time passes. */
        boolean waiting() {
            return respondedAt == null && status != Status.RESOLVED;
        }

        /** What this thread adds to its day's counts. */
        @Override
        public Map<String, Long> counts() {
            Map<String, Long> counts = new HashMap<>();
            counts.put(THREADS, 1L);
            counts.put(SOURCE + source.name(), 1L);
            if (status != Status.RESOLVED) {
                counts.put(UNRESOLVED + source.name(), 1L);
            }
            counts.put(STATUS + status.name(), 1L);
            if (waiting()) {
                counts.put(WAITING, 1L);
            }
            if (respondedAt != null) {
                counts.put(RESPONDED, 1L);
                if (respondedAt.isAfter(dueAt)) {
                    counts.put(LATE, 1L);
                }
                counts.put(REPLY + replySpan(Duration.between(openedAt, respondedAt)), 1L);
            }
            return counts;
        }
    }
}
