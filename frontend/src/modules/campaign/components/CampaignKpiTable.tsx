import type { CampaignDetailFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';
import { KPI_METRIC_LABELS } from '../utils/campaignLabels';

export function CampaignKpiTable({ kpiTargets }: Pick<CampaignDetailFragment, 'kpiTargets'>) {
  if (kpiTargets.length === 0) return <p className="muted">No KPI targets set.</p>;
  return (
    <table className="table table--compact">
      <caption className="visually-hidden">KPI targets</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {kpiTargets.map((kpi) => (
          <tr key={kpi.metric}>
            <th scope="row">{KPI_METRIC_LABELS[kpi.metric]}</th>
            <td>{kpi.metric === 'ENGAGEMENT_RATE' ? `${formatNumber(kpi.target)} %` : formatNumber(kpi.target)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
