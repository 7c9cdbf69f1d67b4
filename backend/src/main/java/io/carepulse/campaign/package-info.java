/**
 * Campaigns: objectives, hashtags, channels, target segments, KPI targets and budget, with an
 * explicit status workflow ({@link io.carepulse.campaign.CampaignStatus}).
 */
package io.carepulse.campaign;
