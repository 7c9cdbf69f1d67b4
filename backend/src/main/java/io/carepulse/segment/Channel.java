package io.carepulse.segment;

/** A social media channel (GraphQL {@code Channel}). */
public enum Channel {
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    X("X"),
    LINKEDIN("LinkedIn"),
    YOUTUBE("YouTube"),
    TIKTOK("TikTok");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The channel's name as people write it, for messages: "LinkedIn". */
    public String label() {
        return label;
    }
}
