import { Link } from 'react-router';
import type { FeedbackSource } from '@/generated/graphql';
import { themeThreadsPath } from '../../utils/feedbackPaths';
import type { DayRange } from '../../utils/themePeriod';

export interface DrillDown {
  days: DayRange;
  source: FeedbackSource | '';
}

/** A theme's name, linked to the inbox's threads of it in the period for a reader who may open the inbox. */
export function ThemeName({ theme, drillDown }: { theme: { key: string; label: string }; drillDown?: DrillDown }) {
  if (!drillDown) return <>{theme.label}</>;
  return <Link to={themeThreadsPath(theme.key, drillDown.days, drillDown.source)}>{theme.label}</Link>;
}
