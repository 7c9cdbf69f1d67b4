import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { QUESTION_TYPE_LABELS } from './surveyLabels';
import type { SurveyFormValues } from './surveyFormValues';

/** The builder's values as a person reads them, to compare what someone else saved with what the user typed. */
export const SURVEY_CONFLICT_FIELDS: readonly ConflictField<SurveyFormValues>[] = [
  { key: 'title', label: 'Title', format: (v) => v.title.trim() },
  { key: 'description', label: 'Description', format: (v) => v.description.trim() },
  { key: 'thankYouMessage', label: 'Thank-you message', format: (v) => v.thankYouMessage.trim() },
  { key: 'asksDisplayName', label: 'Ask for a display name', format: (v) => (v.asksDisplayName ? 'Yes' : 'No') },
  {
    key: 'questions',
    label: 'Questions',
    format: (v) =>
      v.questions
        .map((q, index) => {
          const type = q.type ? QUESTION_TYPE_LABELS[q.type] : '?';
          const options = q.options.map((o) => `${o.label.trim()}${o.correct ? ' ✓' : ''}`).join(' / ');
          return `${index + 1}. ${q.prompt.trim()} (${type}${q.required ? '' : ', optional'})${options && q.type.endsWith('CHOICE') ? `: ${options}` : ''}`;
        })
        .join('\n'),
  },
];
