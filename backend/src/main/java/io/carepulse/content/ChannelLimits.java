package io.carepulse.content;

import io.carepulse.segment.Channel;
import java.util.Map;

/**
 * How long a post may be on each channel, in characters as the platform counts them (code
 * points): X 280, Instagram 2,200 (caption), LinkedIn 3,000, Facebook 63,206, TikTok 2,200,
 * YouTube 5,000 (description).
 */
final class ChannelLimits {

    private static final Map<Channel, Integer> LIMITS = Map.of(Channel.X, 280, Channel.INSTAGRAM, 2200,
            Channel.LINKEDIN, 3000, Channel.FACEBOOK, 63_206, Channel.TIKTOK, 2200, Channel.YOUTUBE, 5000);

    private ChannelLimits() {
    }

    static int of(Channel channel) {
        return LIMITS.get(channel);
    }

    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
