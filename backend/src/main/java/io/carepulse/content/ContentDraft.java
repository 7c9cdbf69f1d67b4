package io.carepulse.content;

import io.carepulse.campaign.Campaign;
import io.carepulse.consent.Consent;
import io.carepulse.consent.ConsentPurposeKind;
import io.carepulse.content.ContentInputs.CitationInput;
import io.carepulse.content.ContentInputs.ContentVariantInput;
import io.carepulse.content.ContentInputs.CreateContentInput;
import io.carepulse.content.ContentInputs.MediaAssetInput;
import io.carepulse.content.ContentInputs.UpdateContentInput;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.segment.AudienceSegment;
import java.util.List;
import java.util.Locale;
import org.springframework.graphql.data.ArgumentValue;

/**
 * Every editable field of an item as the caller wants it: a create's input, or the stored item
 * overlaid with what an update names; validated as a whole by {@link ContentRules}.
 */
record ContentDraft(String title, String body, ContentFormat format, List<String> topics, String campaignId,
        List<String> segmentIds, Locale language, List<ContentVariantInput> variants, List<MediaAssetInput> media,
        List<CitationInput> citations, ConsentPurposeKind purpose, List<String> consentIds) {

    static ContentDraft of(CreateContentInput in) {
        return new ContentDraft(in.title(), in.body(), in.format(), in.topics(), in.campaignId(), in.segmentIds(),
                in.language(), in.variants(), in.media(), in.citations(), in.purpose(), in.consentIds());
    }

    static ContentDraft merge(Content current, UpdateContentInput in) {
        return new ContentDraft(pick(in.title(), current.title()), pick(in.body(), current.body()),
                pick(in.format(), current.format()), pick(in.topics(), current.topics()),
                pick(in.campaignId(), current.campaignId() == null ? null
                        : GlobalId.encode(Campaign.TYPE, current.campaignId())),
                pick(in.segmentIds(), current.segmentIds().stream()
                        .map(id -> GlobalId.encode(AudienceSegment.TYPE, id)).toList()),
                pick(in.language(), Locale.forLanguageTag(current.language())),
                pick(in.variants(), current.variants().stream()
                        .map(v -> new ContentVariantInput(v.channel(), v.text())).toList()),
                pick(in.media(), current.media().stream().map(m -> new MediaAssetInput(m.kind(), m.url(), m.altText(),
                        m.captionsUrl(), m.transcript())).toList()),
                pick(in.citations(), current.citations().stream()
                        .map(c -> new CitationInput(c.title(), c.url())).toList()),
                pick(in.purpose(), current.purpose()),
                pick(in.consentIds(), current.consentIds().stream()
                        .map(id -> GlobalId.encode(Consent.TYPE, id)).toList()));
    }

    private static <T> T pick(ArgumentValue<T> given, T current) {
        return given == null || given.isOmitted() ? current : given.value();
    }
}
