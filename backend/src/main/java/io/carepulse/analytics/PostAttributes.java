package io.carepulse.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * What the roll-ups break a post's figures down by besides its channel: its content's format,
 * topics and campaign, as they were when its figures were recorded (a rebuild takes the content's
 * current ones). A post CarePulse did not publish has none.
 */
record PostAttributes(String format, List<String> topics, ObjectId campaignId) {

    static final PostAttributes NONE = new PostAttributes(null, List.of(), null);
    static final String ALL = "all";

    PostAttributes {
        topics = topics == null ? List.of() : topics.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** From a content document (or a series document, which keeps the same fields). */
    static PostAttributes of(Document stored) {
        if (stored == null) {
            return NONE;
        }
        return new PostAttributes(stored.getString("format"), stored.getList("topics", String.class, List.of()),
                stored.getObjectId("campaignId"));
    }

    static String format(String format) {
        return "f:" + format;
    }

    static String topic(String topic) {
        return "t:" + PostKey.field(topic.toLowerCase(Locale.ROOT));
    }

    static String campaign(ObjectId campaign) {
        return "c:" + campaign.toHexString();
    }

    /** The roll-ups' breakdowns the post counts in: all, and its format's, topics' and campaign's. */
    List<String> dimensions() {
        List<String> dimensions = new ArrayList<>();
        dimensions.add(ALL);
        if (format != null) {
            dimensions.add(format(format));
        }
        topics.forEach(topic -> dimensions.add(topic(topic)));
        if (campaignId != null) {
            dimensions.add(campaign(campaignId));
        }
        return dimensions;
    }
}
