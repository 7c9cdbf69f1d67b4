package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackThread.Priority;
import io.carepulse.platform.tenancy.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's inbox rules (GraphQL {@code FeedbackSettings}); its ID is the organisation's
 * slug, so reading them is a lookup by a unique key. Without a document: {@link #defaults}.
 */
@Document("feedback_settings")
public record FeedbackSettings(@Id String id, String organizationId, List<FirstResponseTime> firstResponseMinutes,
        Boolean websiteForm, Integer messageRetentionDays, Instant updatedAt, int version) implements Versioned {

    /** Days a resolved thread keeps what was written in it, unless the organisation sets its own. */
    public static final int DEFAULT_MESSAGE_RETENTION_DAYS = 365;

    /** Minutes to the first reply by priority: an hour, four hours, a day, three days. */
    public static final List<FirstResponseTime> DEFAULT_TIMES = List.of(new FirstResponseTime(Priority.URGENT, 60),
            new FirstResponseTime(Priority.HIGH, 240), new FirstResponseTime(Priority.NORMAL, 1440),
            new FirstResponseTime(Priority.LOW, 4320));

    static FeedbackSettings defaults(String organization) {
        return new FeedbackSettings(organization, organization, DEFAULT_TIMES, false, DEFAULT_MESSAGE_RETENTION_DAYS,
                null, 0);
    }

    /**
     * Whether the public website form takes feedback for the organisation: off until an ADMIN
     * turns it on, so nobody can fill the inbox of an organisation that has no form (or does not exist).
     */
    @Override
    public Boolean websiteForm() {
        return Boolean.TRUE.equals(websiteForm);
    }

    /** Every priority's time: the organisation's where it set one, else the default. */
    @Override
    public List<FirstResponseTime> firstResponseMinutes() {
        List<FirstResponseTime> all = new ArrayList<>();
        for (FirstResponseTime fallback : DEFAULT_TIMES) {
            all.add(firstResponseMinutes == null ? fallback : firstResponseMinutes.stream()
                    .filter(time -> time.priority() == fallback.priority()).findFirst().orElse(fallback));
        }
        return all;
    }

    @Override
    public Integer messageRetentionDays() {
        return messageRetentionDays == null ? DEFAULT_MESSAGE_RETENTION_DAYS : messageRetentionDays;
    }

    /** When the first reply to a thread of {@code priority} created at {@code createdAt} is due. */
    Instant dueAt(Instant createdAt, Priority priority) {
        int minutes = firstResponseMinutes().stream().filter(time -> time.priority() == priority).findFirst()
                .map(FirstResponseTime::minutes).orElseThrow();
        return createdAt.plus(Duration.ofMinutes(minutes));
    }

    public record FirstResponseTime(Priority priority, int minutes) {
    }
}
