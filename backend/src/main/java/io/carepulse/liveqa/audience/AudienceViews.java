package io.carepulse.liveqa.audience;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LivePoll;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.QuestionStatus;

import io.carepulse.platform.graphql.GlobalId;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * What members of the public may see, as separate types: they have no field for flags, pending
 * text, who asked or who answered, so nothing can leak through a selection.
 */
public final class AudienceViews {

    private AudienceViews() {
    }

    /** GraphQL {@code AudienceSession}. */
    record AudienceSession(String title, String description, LiveSession.Host host, Instant scheduledStart,
            URL streamUrl, LiveSessionStatus status, String joinCode, boolean anonymousQuestionsAllowed,
            int questionLengthLimit) {

        public static AudienceSession of(LiveSession s) {
            return new AudienceSession(s.title(), s.description(), s.host(), s.scheduledStart(), url(s.streamUrl()),
                    s.status(), s.joinCode(), s.settings().anonymousQuestionsAllowed(),
                    s.settings().questionLengthLimit());
        }

        private static URL url(String value) {
            try {
                return value == null ? null : URI.create(value).toURL();
            } catch (Exception e) {
                return null;
            }
        }
    }

    /** GraphQL {@code AudienceQuestion}; only ever built from a question the audience may see. */
    record AudienceQuestion(String id, String text, QuestionStatus status, boolean pinned, int upvoteCount,
            String answerText, int revision, Instant createdAt) {

        static AudienceQuestion of(LiveQuestion q) {
            if (!q.visibleToAudience()) {
                throw new IllegalStateException("Not visible to the audience");
            }
            return new AudienceQuestion(GlobalId.encode(LiveQuestion.TYPE, q.id()), q.text(), q.status(), q.pinned(),
                    q.upvoteCount(), q.answer() == null ? null : q.answer().text(), q.revision(), q.createdAt());
        }
    }

    /** GraphQL {@code MyQuestion}: a participant's own question, in their own words, without flags. */
    record MyQuestion(String id, String text, boolean anonymous, QuestionStatus status, Instant createdAt) {

        static MyQuestion of(LiveQuestion q) {
            return new MyQuestion(GlobalId.encode(LiveQuestion.TYPE, q.id()),
                    q.originalText() != null ? q.originalText() : q.text(), q.anonymous(), q.status(), q.createdAt());
        }
    }

    /** GraphQL {@code LiveParticipant}. */
    record Participant(String id, String displayName, Instant joinedAt) {

        static Participant of(LiveParticipant p) {
            return new Participant(GlobalId.encode(LiveParticipant.TYPE, p.id()), p.displayName(), p.joinedAt());
        }
    }

    /** GraphQL {@code LiveAudience}. */
    public record LiveAudience(AudienceSession session, Participant participant, List<AudienceQuestion> questions,
            List<MyQuestion> myQuestions, List<String> myUpvotes, long eventSequence, ObjectId sessionId,
            ObjectId participantId) {
    }

    /** GraphQL {@code AudiencePollResults}: a poll's counts as every participant sees them, never who answered. */
    public record AudiencePollResults(String id, String question, List<LivePoll.Result> options,
            LivePoll.Status status, long totalVotes) {

        public static AudiencePollResults of(LivePoll poll) {
            return new AudiencePollResults(GlobalId.encode(LivePoll.TYPE, poll.id()), poll.question(), poll.results(),
                    poll.status(), poll.totalVotes());
        }
    }

    /** GraphQL {@code AudiencePoll}: the results and what this participant chose. */
    public record AudiencePoll(String id, String question, List<LivePoll.Result> options, LivePoll.Status status,
            long totalVotes, String myAnswer) {

        public static AudiencePoll of(LivePoll poll, String myAnswer) {
            return new AudiencePoll(GlobalId.encode(LivePoll.TYPE, poll.id()), poll.question(), poll.results(),
                    poll.status(), poll.totalVotes(), myAnswer);
        }
    }

    enum AudienceEventType { QUESTION_SHOWN, QUESTION_REMOVED, SESSION_CHANGED, POLL_CHANGED }

    /** GraphQL {@code AudienceEvent}. */
    public record AudienceEvent(long sequence, AudienceEventType type, Instant occurredAt, AudienceQuestion question,
            String questionId, LiveSessionStatus sessionStatus, AudiencePollResults poll) {

        /** The audience's view of a logged event, or null when the audience gets nothing of it. */
        public static AudienceEvent of(LiveEvent e) {
            return switch (e.audience()) {
                case SHOW -> e.question() != null && e.question().visibleToAudience()
                        ? new AudienceEvent(e.sequence(), AudienceEventType.QUESTION_SHOWN, e.occurredAt(),
                                AudienceQuestion.of(e.question()), null, e.sessionStatus(), null)
                        : null;
                case REMOVE -> new AudienceEvent(e.sequence(), AudienceEventType.QUESTION_REMOVED, e.occurredAt(),
                        null, GlobalId.encode(LiveQuestion.TYPE, e.question().id()), e.sessionStatus(), null);
                case SESSION -> new AudienceEvent(e.sequence(), AudienceEventType.SESSION_CHANGED, e.occurredAt(),
                        null, null, e.sessionStatus(), null);
                case POLL -> new AudienceEvent(e.sequence(), AudienceEventType.POLL_CHANGED, e.occurredAt(), null,
                        null, e.sessionStatus(), AudiencePollResults.of(e.poll()));
                case NONE -> null;
            };
        }
    }
}
