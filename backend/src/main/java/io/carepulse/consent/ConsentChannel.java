package io.carepulse.consent;

/**
 * Where the public may receive the information (164.508(c)(1)(iii)): the social channels of
 * {@code Channel} plus the organisation's website and print.
 */
public enum ConsentChannel {
    FACEBOOK("Facebook"), INSTAGRAM("Instagram"), X("X"), LINKEDIN("LinkedIn"), YOUTUBE("YouTube"),
    TIKTOK("TikTok"), WEBSITE("Website"), PRINT("Print");

    private final String displayName;

    ConsentChannel(String displayName) {
        this.displayName = displayName;
    }

    /** As people write it: "LinkedIn". */
    public String displayName() {
        return displayName;
    }
}
