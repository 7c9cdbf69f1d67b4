package io.carepulse.survey;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A survey or quiz (GraphQL {@code Survey}). Its questions and options have IDs of their own
 * ({@code q1}, {@code q1o2}) that responses and counts refer to, so they are fixed once it opens.
 *
 * @param code the public link's code: unique across organisations, a capability like a join code
 */
@Document(Survey.COLLECTION)
public record Survey(@Id ObjectId id, String organizationId, Kind kind, String title, String description,
        String thankYouMessage, Status status, List<Question> questions, boolean asksDisplayName, String code,
        Instant openedAt, Instant closedAt, String createdBy, Instant createdAt, Instant updatedAt, int version)
        implements Versioned {

    public static final String COLLECTION = "surveys";
    public static final String TYPE = "Survey";

    public Survey {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public enum Kind { SURVEY, QUIZ }

    /** DRAFT → OPEN → CLOSED, and CLOSED → OPEN (reopen). */
    public enum Status {
        DRAFT, OPEN, CLOSED;

        public Set<Status> next() {
            return switch (this) {
                case DRAFT, CLOSED -> Set.of(OPEN);
                case OPEN -> Set.of(CLOSED);
            };
        }
    }

    public enum QuestionType {
        SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, NPS, FREE_TEXT;

        public boolean hasOptions() {
            return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
        }

        public boolean hasValue() {
            return this == RATING || this == NPS;
        }

        public int min() {
            return this == RATING ? 1 : 0;
        }

        public int max() {
            return this == RATING ? 5 : 10;
        }
    }

    public record Option(String id, String label) {
    }

    public record Question(String id, QuestionType type, String prompt, boolean required, List<Option> options,
            List<String> correctOptionIds, String explanation) {

        public Question {
            options = options == null ? List.of() : List.copyOf(options);
            correctOptionIds = correctOptionIds == null ? List.of() : List.copyOf(correctOptionIds);
        }

        public boolean hasOption(String optionId) {
            return options.stream().anyMatch(option -> option.id().equals(optionId));
        }

        /** A quiz question is graded when it names its right options. */
        public boolean graded() {
            return !correctOptionIds.isEmpty();
        }
    }

    public boolean quiz() {
        return kind == Kind.QUIZ;
    }

    public Question question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
    }

    /** Questions a quiz grades: its choice questions with right options. */
    public long gradedQuestions() {
        return quiz() ? questions.stream().filter(Question::graded).count() : 0;
    }
}
