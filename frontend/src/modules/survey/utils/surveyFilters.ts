import type { SurveyFilter, SurveyKind, SurveyStatus } from '@/generated/graphql';
import { isSurveyKind, isSurveyStatus } from './surveyLabels';

export interface SurveyFilterValues {
  status: SurveyStatus | '';
  kind: SurveyKind | '';
  search: string;
}

export const EMPTY_SURVEY_FILTERS: SurveyFilterValues = { status: '', kind: '', search: '' };

/** Reads filters from the query string, ignoring values a hand-edited URL may have broken. */
export function readSurveyFilters(params: URLSearchParams): SurveyFilterValues {
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    status: isSurveyStatus(status) ? status : '',
    kind: isSurveyKind(kind) ? kind : '',
    search: params.get('search')?.trim() ?? '',
  };
}

/** Only the filters that are set, so shared links stay short. */
export function writeSurveyFilters(values: SurveyFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed) params.set(key, trimmed);
  }
  return params;
}

export function toSurveyFilter(values: SurveyFilterValues): SurveyFilter | undefined {
  const filter: SurveyFilter = {};
  if (values.status) filter.status = [values.status];
  if (values.kind) filter.kind = values.kind;
  if (values.search) filter.search = values.search;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
