export interface DatedCampaign {
  id: string;
  name: string;
  startDate: string;
  endDate?: string | null;
}

export interface CampaignMilestone<C extends DatedCampaign> {
  campaign: C;
  kind: 'starts' | 'ends';
  date: string;
}

const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Campaigns starting or ending from today to six days on (calendar dates, compared as written), soonest first. */
export function campaignsThisWeek<C extends DatedCampaign>(
  campaigns: readonly C[],
  today: Date,
): CampaignMilestone<C>[] {
  const from = isoDay(today);
  const last = new Date(today);
  last.setDate(last.getDate() + 6);
  const to = isoDay(last);
  const within = (date: string | null | undefined): date is string => Boolean(date && date >= from && date <= to);
  return campaigns
    .flatMap((campaign) => [
      ...(within(campaign.startDate) ? [{ campaign, kind: 'starts' as const, date: campaign.startDate }] : []),
      ...(within(campaign.endDate) ? [{ campaign, kind: 'ends' as const, date: campaign.endDate }] : []),
    ])
    .sort((a, b) => a.date.localeCompare(b.date) || a.campaign.name.localeCompare(b.campaign.name));
}
