package io.carepulse.feedback;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts for the themes a thread that was written without its event (data loaded straight into
 * the database, such as the demo inbox), as the inbox's consumer counts a new one: once, however
 * often it is asked. Runs as the thread's organisation (the caller's).
 */
@Component
public class ThemeCounting {

    private final ThemeIndex index;

    ThemeCounting(ThemeIndex index) {
        this.index = index;
    }

    public Mono<Void> count(FeedbackThread thread) {
        return index.count(thread);
    }
}
