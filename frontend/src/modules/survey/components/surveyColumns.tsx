import { Link } from 'react-router';
import type { SurveySummaryFragment } from '@/generated/graphql';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime, formatNumber } from '@/ui/utils/format';
import { formatShare, KIND_LABELS } from '../utils/surveyLabels';
import { surveyPath } from '../utils/surveyPaths';
import { SurveyStatusBadge } from './SurveyStatusBadge';

/**
 * The survey list's columns: figures only, never what anyone answered. No CSV export yet: the
 * schema's ExportedList has no SURVEYS for recordExport.
 */
export const surveyColumns: readonly Column<SurveySummaryFragment>[] = [
  {
    header: 'Title',
    rowHeader: true,
    cell: (survey) => <Link to={surveyPath(survey.id)}>{survey.title}</Link>,
  },
  { header: 'Kind', cell: (survey) => KIND_LABELS[survey.kind] },
  {
    header: 'Status',
    cell: (survey) => <SurveyStatusBadge status={survey.status} />,
  },
  {
    header: 'Responses',
    className: 'nowrap',
    cell: (survey) => formatNumber(survey.results.responses),
  },
  {
    header: 'Completion',
    className: 'nowrap',
    cell: (survey) => formatShare(survey.results.completionRate),
  },
  {
    header: 'Opened',
    className: 'nowrap',
    cell: (survey) => (survey.openedAt ? formatDateTime(survey.openedAt) : <span className="muted">Not yet</span>),
  },
];
