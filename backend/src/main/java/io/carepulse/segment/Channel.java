package io.carepulse.segment;

/** A social media channel (GraphQL {@code Channel}). */
public enum Channel {
    FACEBOOK,
    INSTAGRAM,
    X,
    LINKEDIN,
    YOUTUBE,
    TIKTOK
}
