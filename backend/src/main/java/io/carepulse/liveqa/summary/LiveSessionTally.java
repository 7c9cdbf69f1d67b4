package io.carepulse.liveqa.summary;

import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.platform.events.MarkedCounts;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One live session's figures under the deterministic ID {@code org|session}: each question's status
 * and whether it was ever held for suspected PHI (never its text or who asked), and its joins. Kept
 * by {@link LiveTallies}; {@code liveQaSummary} reads it by ID.
 *
 * @param startedAt           when it went live; null before
 * @param questions           by the question's hex ID: what a change is measured against
 * @param counts              {@link QuestionMark#counts()} of the questions added up: what the summary reads
 * @param participantsJoined  the last JOINED event's sequence number: the joins since they were logged
 * @param participantsCounted the session's participants when it was last rebuilt (those who joined
 *                            before joins were logged included)
 */
@Document(LiveSessionTally.COLLECTION)
record LiveSessionTally(@Id String id, String organizationId, ObjectId sessionId, Instant startedAt,
        Map<String, QuestionMark> questions, Map<String, Long> counts, Long participantsJoined,
        Long participantsCounted)
        implements TenantOwned {

    static final String COLLECTION = "live_session_tallies";

    LiveSessionTally {
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        // Absent until the first join's event, and until a rebuild.
        participantsJoined = participantsJoined == null ? 0L : participantsJoined;
        participantsCounted = participantsCounted == null ? 0L : participantsCounted;
    }

    static String id(String organization, ObjectId session) {
        return organization + "|" + session.toHexString();
    }

    /** Each join counts once: the log's count, or the participants counted by a rebuild where more. */
    long participants() {
        return Math.max(participantsJoined, participantsCounted);
    }

    static final String QUESTIONS = "questions";
    static final String STATUS = "status:";
    static final String PHI = "phi";

    /**
     * @param phi      held for suspected PHI when asked or since (never cleared)
     * @param revision the changes taken in: a change is written only over the mark it was measured against
     */
    record QuestionMark(QuestionStatus status, Boolean phi, Integer revision) implements MarkedCounts.Mark {
        QuestionMark {
            phi = Boolean.TRUE.equals(phi);
            revision = revision == null ? 0 : revision;
        }

        @Override
        public Map<String, Long> counts() {
            Map<String, Long> counts = new HashMap<>();
            counts.put(QUESTIONS, 1L);
            counts.put(STATUS + status.name(), 1L);
            if (phi) {
                counts.put(PHI, 1L);
            }
            return counts;
        }

        boolean sameAs(QuestionMark other) {
            return other != null && status == other.status && phi.equals(other.phi);
        }
    }
}
