package io.carepulse.content;

import io.carepulse.campaign.Campaign;
import io.carepulse.consent.Consent;
import io.carepulse.consent.ConsentPurposeKind;
import io.carepulse.content.ContentInputs.CitationInput;
import io.carepulse.content.ContentInputs.ContentVariantInput;
import io.carepulse.content.ContentInputs.MediaAssetInput;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.segment.Channel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;

/** Validation of a {@link ContentDraft}; every failure names its input field, in words. */
final class ContentRules {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int TOPICS_MAX = 10;
    static final int MEDIA_MAX = 20;
    static final int CITATIONS_MAX = 30;
    static final int ALT_TEXT_MAX = 1000;
    static final int TRANSCRIPT_MAX = 50_000;

    static final FieldLabels LABELS = FieldLabels.of(Map.of("campaignId", "Campaign", "segmentIds", "Segments",
            "consentIds", "Consents", "media.altText", "Alt text", "media.captionsUrl", "Captions",
            "variants.text", "Text"));

    private ContentRules() {
    }

    record Valid(String title, String body, ContentFormat format, List<String> topics, ObjectId campaignId,
            List<ObjectId> segmentIds, String language, List<Content.Variant> variants, List<Content.Media> media,
            List<Content.Citation> citations, ConsentPurposeKind purpose, List<ObjectId> consentIds) {
    }

    static Valid validate(InputChecks checks, ContentDraft draft) {
        String title = checks.text("title", draft.title(), TITLE_MAX, true);
        String body = checks.text("body", draft.body(), BODY_MAX, true);
        checks.check(draft.format() != null, UserErrorCode.REQUIRED, "Choose a format", "format");
        List<String> topics = topics(checks, draft.topics());
        ObjectId campaign = null;
        if (draft.campaignId() != null) {
            campaign = GlobalId.objectId(draft.campaignId(), Campaign.TYPE);
            checks.check(campaign != null, UserErrorCode.INVALID, "Choose a campaign from the list", "campaignId");
        }
        return new Valid(title, body, draft.format(), topics, campaign,
                ids(checks, draft.segmentIds(), AudienceSegment.TYPE, "segmentIds", "Choose segments from the list"),
                (draft.language() == null ? Locale.US : draft.language()).toLanguageTag(),
                variants(checks, draft.variants()), media(checks, draft.media()), citations(checks, draft.citations()),
                draft.purpose(), ids(checks, draft.consentIds(), Consent.TYPE, "consentIds",
                        "Choose consents from the registry"));
    }

    /** The channels a campaign posts on must include every channel the item has a text for. */
    static void channelsOfCampaign(InputChecks checks, List<Content.Variant> variants, Campaign campaign) {
        if (campaign == null || campaign.channels() == null || campaign.channels().isEmpty()) {
            return;
        }
        for (int i = 0; i < variants.size(); i++) {
            Channel channel = variants.get(i).channel();
            checks.check(campaign.channels().contains(channel), UserErrorCode.INVALID, "The campaign “"
                    + campaign.name() + "” does not post on " + name(channel), "variants", String.valueOf(i),
                    "channel");
        }
    }

    /** The disclosure purpose a campaign's objective implies (documented in the README). */
    static ConsentPurposeKind purposeOf(Campaign campaign) {
        if (campaign == null || campaign.objective() == null) {
            return ConsentPurposeKind.EDUCATION;
        }
        return switch (campaign.objective()) {
            case AWARENESS -> ConsentPurposeKind.AWARENESS;
            case EDUCATION, PREVENTION -> ConsentPurposeKind.EDUCATION;
            case ENGAGEMENT -> ConsentPurposeKind.MARKETING;
            case FUNDRAISING -> ConsentPurposeKind.FUNDRAISING;
        };
    }

    static String name(Channel channel) {
        return channel.label();
    }

    private static List<String> topics(InputChecks checks, List<String> values) {
        List<String> topics = checks.strings("topics", values, TOPICS_MAX, 100);
        for (String topic : topics) {
            checks.check(ContentTopics.DEFAULTS.contains(topic), UserErrorCode.INVALID,
                    "“" + topic + "” is not one of the organisation's topics", "topics",
                    String.valueOf(values.indexOf(topic) < 0 ? 0 : values.indexOf(topic)));
        }
        return topics;
    }

    private static List<Content.Variant> variants(InputChecks checks, List<ContentVariantInput> inputs) {
        List<Content.Variant> variants = new ArrayList<>();
        Set<Channel> seen = EnumSet.noneOf(Channel.class);
        List<ContentVariantInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            ContentVariantInput in = given.get(i);
            String index = String.valueOf(i);
            if (!seen.add(in.channel())) {
                checks.fail(UserErrorCode.INVALID, "Write one text per channel", "variants", index, "channel");
                continue;
            }
            String text = in.text() == null ? "" : in.text().strip();
            int limit = ChannelLimits.of(in.channel());
            int length = ChannelLimits.length(text);
            if (text.isEmpty()) {
                checks.fail(UserErrorCode.REQUIRED, "Write the text for " + name(in.channel()), "variants", index,
                        "text");
            } else if (length > limit) {
                checks.fail(UserErrorCode.TOO_LONG, name(in.channel()) + " posts can be at most "
                        + InputChecks.count(limit) + " characters (this one has " + InputChecks.count(length) + ")",
                        "variants", index, "text");
            } else {
                variants.add(new Content.Variant(in.channel(), text));
            }
        }
        return variants;
    }

    private static List<Content.Media> media(InputChecks checks, List<MediaAssetInput> inputs) {
        List<MediaAssetInput> given = inputs == null ? List.of() : inputs;
        checks.check(given.size() <= MEDIA_MAX, UserErrorCode.INVALID, "Add " + MEDIA_MAX + " media or fewer",
                "media");
        List<Content.Media> media = new ArrayList<>();
        for (int i = 0; i < Math.min(given.size(), MEDIA_MAX); i++) {
            MediaAssetInput in = given.get(i);
            String index = String.valueOf(i);
            String alt = checks.textAt(in.altText(), ALT_TEXT_MAX, false, "media", index, "altText");
            String transcript = checks.textAt(in.transcript(), TRANSCRIPT_MAX, false, "media", index, "transcript");
            media.add(new Content.Media(in.kind(), in.url(), alt, in.captionsUrl(), transcript));
        }
        return media;
    }

    private static List<Content.Citation> citations(InputChecks checks, List<CitationInput> inputs) {
        List<CitationInput> given = inputs == null ? List.of() : inputs;
        checks.check(given.size() <= CITATIONS_MAX, UserErrorCode.INVALID,
                "Add " + CITATIONS_MAX + " citations or fewer", "citations");
        List<Content.Citation> citations = new ArrayList<>();
        for (int i = 0; i < Math.min(given.size(), CITATIONS_MAX); i++) {
            String title = checks.textAt(given.get(i).title(), 300, true, "citations", String.valueOf(i), "title");
            if (title != null) {
                citations.add(new Content.Citation(title, given.get(i).url()));
            }
        }
        return citations;
    }

    private static List<ObjectId> ids(InputChecks checks, List<String> ids, String type, String field,
            String message) {
        if (ids == null) {
            return List.of();
        }
        Set<ObjectId> result = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            ObjectId id = GlobalId.objectId(ids.get(i), type);
            if (id == null) {
                checks.fail(UserErrorCode.INVALID, message, field, String.valueOf(i));
            } else {
                result.add(id);
            }
        }
        checks.check(result.size() <= 50, UserErrorCode.INVALID, "Choose 50 or fewer", field);
        return List.copyOf(result);
    }
}
