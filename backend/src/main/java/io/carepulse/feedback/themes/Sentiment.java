package io.carepulse.feedback.themes;

/** The attitude a message shows towards the care or the organisation. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
