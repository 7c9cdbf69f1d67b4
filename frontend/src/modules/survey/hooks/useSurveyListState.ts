import { useListState } from '@/ui/hooks/useListState';
import { readSurveyFilters, writeSurveyFilters } from '../utils/surveyFilters';

/** Surveys come newest first, the API's one order: only the filters and the page are kept in the address. */
export const useSurveyListState = () =>
  useListState({
    readFilters: readSurveyFilters,
    writeFilters: writeSurveyFilters,
    sortFields: [] as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  });
