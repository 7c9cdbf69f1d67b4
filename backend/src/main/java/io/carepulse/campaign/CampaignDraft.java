package io.carepulse.campaign;

import io.carepulse.campaign.Campaign.Objective;
import io.carepulse.campaign.CampaignInputs.CreateCampaignInput;
import io.carepulse.campaign.CampaignInputs.KpiTargetInput;
import io.carepulse.campaign.CampaignInputs.MoneyInput;
import io.carepulse.campaign.CampaignInputs.UpdateCampaignInput;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.segment.Channel;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/**
 * Every editable field of a campaign as the caller wants it: the input of a create, or the stored
 * campaign overlaid with the fields an update names. Validated as a whole by {@link CampaignRules},
 * so rules that span fields (end not before start) hold after every change.
 */
record CampaignDraft(String name, String description, List<String> hashtags, Objective objective,
        LocalDate startDate, LocalDate endDate, List<Channel> channels, List<String> segmentIds,
        List<KpiTargetInput> kpiTargets, MoneyInput budget) {

    static CampaignDraft of(CreateCampaignInput in) {
        return new CampaignDraft(in.name(), in.description(), in.hashtags(), in.objective(), in.startDate(),
                in.endDate(), in.channels(), in.segmentIds(), in.kpiTargets(), in.budget());
    }

    static CampaignDraft merge(Campaign current, UpdateCampaignInput in) {
        return new CampaignDraft(
                pick(in.name(), current.name()),
                pick(in.description(), current.description()),
                pick(in.hashtags(), current.hashtags()),
                pick(in.objective(), current.objective()),
                pick(in.startDate(), current.startDate()),
                pick(in.endDate(), current.endDate()),
                pick(in.channels(), current.channels()),
                pick(in.segmentIds(), current.segmentIds() == null ? null
                        : current.segmentIds().stream().map(id -> GlobalId.encode(AudienceSegment.TYPE, id)).toList()),
                pick(in.kpiTargets(), current.kpiTargets() == null ? null
                        : current.kpiTargets().stream().map(k -> new KpiTargetInput(k.metric(), k.target())).toList()),
                pick(in.budget(), current.budget() == null ? null
                        : new MoneyInput(current.budget().amount(), Currency.getInstance(current.budget().currency()))));
    }

    private static <T> T pick(ArgumentValue<T> given, T current) {
        return given.isOmitted() ? current : given.value();
    }
}
