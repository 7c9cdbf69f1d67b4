package io.carepulse.campaign;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import java.util.List;

/** Payloads of the campaign mutations, and the subscription event. */
final class CampaignPayloads {

    private CampaignPayloads() {
    }

    interface CampaignPayload extends MutationPayload {
        Campaign campaign();

        @Override
        default String auditTargetId() {
            return campaign() == null ? null : GlobalId.encode(Campaign.TYPE, campaign().id());
        }

        @Override
        default String auditTargetType() {
            return Campaign.TYPE;
        }
    }

    record CreateCampaignPayload(Campaign campaign, List<UserError> userErrors) implements CampaignPayload {
    }

    record UpdateCampaignPayload(Campaign campaign, List<UserError> userErrors) implements CampaignPayload {
    }

    record ChangeCampaignStatusPayload(Campaign campaign, List<UserError> userErrors) implements CampaignPayload {
    }

    record ArchiveCampaignPayload(Campaign campaign, List<UserError> userErrors) implements CampaignPayload {
    }

    /** Audited when any campaign was archived; the entry names no one target. */
    record ArchiveCampaignsPayload(List<Campaign> campaigns, List<UserError> userErrors) implements MutationPayload {
        @Override
        public boolean audited() {
            return campaigns.stream().anyMatch(java.util.Objects::nonNull);
        }

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return Campaign.TYPE;
        }
    }

    enum CampaignChangeKind { CREATED, UPDATED, STATUS_CHANGED }

    record CampaignChange(CampaignChangeKind kind, Campaign campaign) {
    }
}
