package io.carepulse.feedback.themes;

/**
 * The sentiment of one message.
 *
 * @param score from -1 (very negative) to 1 (very positive); {@link SentimentScorer} calls a message
 *     NEUTRAL while the score stays inside its neutral band
 */
public record SentimentScore(Sentiment sentiment, double score) {
}
