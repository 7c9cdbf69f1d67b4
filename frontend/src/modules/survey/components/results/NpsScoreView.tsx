import type { SurveyResultsFieldsFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';

type NetPromoterScore = NonNullable<SurveyResultsFieldsFragment['questions'][number]['netPromoterScore']>;

/** The Net Promoter Score (−100 to 100) and the three groups it is made of. */
export function NpsScoreView({ nps }: { nps: NetPromoterScore }) {
  const sign = nps.score > 0 ? '+' : '';
  return (
    <dl className="result-stats">
      <div className="result-stat">
        <dt>Net Promoter Score</dt>
        <dd className="result-stat__value">
          {sign}
          {nps.score}
        </dd>
      </div>
      <div className="result-stat">
        <dt>Promoters (9–10)</dt>
        <dd>{formatNumber(nps.promoters)}</dd>
      </div>
      <div className="result-stat">
        <dt>Passives (7–8)</dt>
        <dd>{formatNumber(nps.passives)}</dd>
      </div>
      <div className="result-stat">
        <dt>Detractors (0–6)</dt>
        <dd>{formatNumber(nps.detractors)}</dd>
      </div>
    </dl>
  );
}
