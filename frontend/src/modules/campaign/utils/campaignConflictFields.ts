import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { formatDate } from '@/ui/utils/format';
import { KPI_METRIC_LABELS, OBJECTIVE_LABELS } from './campaignLabels';
import type { CampaignFormValues } from './campaignFormValues';
import { parseHashtags } from './parseHashtags';

const sortedList = (items: readonly string[]) => [...items].sort((a, b) => a.localeCompare(b)).join(', ');
const amountText = (amount: string) => {
  const trimmed = amount.trim();
  return trimmed && Number.isFinite(Number(trimmed)) ? String(Number(trimmed)) : trimmed;
};

/**
 * The campaign form's values as a person reads them, to compare what someone else saved with
 * what the user typed. `segmentName` names a segment ID (the form holds IDs).
 */
export function campaignConflictFields(segmentName: (id: string) => string): ConflictField<CampaignFormValues>[] {
  return [
    { key: 'name', label: 'Name', format: (v) => v.name.trim() },
    { key: 'description', label: 'Description', format: (v) => v.description.trim() },
    { key: 'hashtags', label: 'Hashtags', format: (v) => parseHashtags(v.hashtags).join(' ') },
    { key: 'objective', label: 'Objective', format: (v) => (v.objective ? OBJECTIVE_LABELS[v.objective] : '') },
    { key: 'startDate', label: 'Start date', format: (v) => formatDate(v.startDate) },
    { key: 'endDate', label: 'End date', format: (v) => formatDate(v.endDate) },
    { key: 'channels', label: 'Channels', format: (v) => sortedList(v.channels.map((c) => CHANNEL_LABELS[c])) },
    { key: 'segmentIds', label: 'Audience segments', format: (v) => sortedList(v.segmentIds.map(segmentName)) },
    {
      key: 'kpiTargets',
      label: 'KPI targets',
      format: (v) =>
        v.kpiTargets
          .map((row) => `${row.metric ? KPI_METRIC_LABELS[row.metric] : '?'}: ${amountText(row.target)}`)
          .join('; '),
    },
    { key: 'budgetAmount', label: 'Budget amount', format: (v) => amountText(v.budgetAmount) },
    {
      key: 'budgetCurrency',
      label: 'Currency',
      format: (v) => (v.budgetAmount.trim() ? v.budgetCurrency.trim().toUpperCase() : ''),
    },
  ];
}
