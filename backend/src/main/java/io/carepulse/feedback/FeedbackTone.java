package io.carepulse.feedback;

import io.carepulse.feedback.themes.MessageTerms;
import io.carepulse.feedback.themes.SentimentScore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The tone and themes of what a patient wrote ({@code FeedbackMessage.sentiment},
 * {@code FeedbackThread.sentiment}, {@code FeedbackThread.themes}), worked out as they are read:
 * from the words themselves and the organisation's taxonomy as it is now, so they never go stale
 * and nothing more about a patient is stored. A text erased by retention has none.
 */
@Controller
class FeedbackTone {

    /** GraphQL {@code Sentiment}. */
    record Sentiment(String label, double score) {
        static Sentiment of(SentimentScore score) {
            return new Sentiment(score.sentiment().name(), Math.round(score.score() * 1000) / 1000.0);
        }
    }

    private final ThemeTaxonomies taxonomies;

    FeedbackTone(ThemeTaxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    @SchemaMapping(typeName = "FeedbackMessage")
    Sentiment sentiment(FeedbackThread.Message message) {
        return message.role() == FeedbackThread.Role.PATIENT && message.text() != null
                ? Sentiment.of(ThemeIndex.sentiment(message.text())) : null;
    }

    /** The patient's messages read together, as one text. */
    @SchemaMapping(typeName = "FeedbackThread", field = "sentiment")
    Sentiment threadSentiment(FeedbackThread thread) {
        String text = patientText(thread);
        return text.isEmpty() ? null : Sentiment.of(ThemeIndex.sentiment(text));
    }

    @SchemaMapping(typeName = "FeedbackThread")
    Mono<List<String>> themes(FeedbackThread thread) {
        return taxonomies.current().map(taxonomy -> {
            Set<String> themes = new LinkedHashSet<>();
            thread.patientMessages().forEach(message -> themes.addAll(
                    taxonomy.themesOf(MessageTerms.terms(message.text(), message.phiFindings()))));
            return List.copyOf(themes);
        });
    }

    private static String patientText(FeedbackThread thread) {
        return String.join("\n", thread.patientMessages().map(FeedbackThread.Message::text).toList());
    }
}
