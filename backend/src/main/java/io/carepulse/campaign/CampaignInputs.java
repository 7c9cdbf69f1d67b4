package io.carepulse.campaign;

import io.carepulse.campaign.Campaign.KpiMetric;
import io.carepulse.campaign.Campaign.Objective;
import io.carepulse.segment.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/** GraphQL inputs of the campaign operations. */
final class CampaignInputs {

    private CampaignInputs() {
    }

    record KpiTargetInput(KpiMetric metric, Double target) {
    }

    record MoneyInput(BigDecimal amount, Currency currency) {
    }

    record CreateCampaignInput(String name, String description, List<String> hashtags, Objective objective,
            LocalDate startDate, LocalDate endDate, List<Channel> channels, List<String> segmentIds,
            List<KpiTargetInput> kpiTargets, MoneyInput budget) {
    }

    record UpdateCampaignInput(String id, int expectedVersion, ArgumentValue<String> name,
            ArgumentValue<String> description, ArgumentValue<List<String>> hashtags,
            ArgumentValue<Objective> objective, ArgumentValue<LocalDate> startDate,
            ArgumentValue<LocalDate> endDate, ArgumentValue<List<Channel>> channels,
            ArgumentValue<List<String>> segmentIds, ArgumentValue<List<KpiTargetInput>> kpiTargets,
            ArgumentValue<MoneyInput> budget) {
    }

    record ChangeCampaignStatusInput(String id, int expectedVersion, CampaignStatus status) {
    }

    record ArchiveCampaignInput(String id, int expectedVersion) {
    }

    record ArchiveCampaignsInput(List<ArchiveCampaignInput> campaigns) {
    }

    record CampaignFilter(List<CampaignStatus> status, Objective objective, Channel channel, String search,
            LocalDate activeOn) {
    }

    enum CampaignOrderField { NAME, START_DATE, CREATED_AT, UPDATED_AT }

    record CampaignOrder(CampaignOrderField field, io.carepulse.platform.graphql.OrderDirection direction) {
    }
}
