import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { TagList } from '@/ui/data-display/TagList';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { MultiSelectCombobox } from '@/ui/form/MultiSelectCombobox';
import type { Option } from '@/ui/form/SelectField';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { OBJECTIVE_OPTIONS } from '../utils/campaignLabels';
import { CAMPAIGN_FORM_FIELDS, type CampaignFormField, type CampaignFormValues } from '../utils/campaignFormValues';
import { parseHashtags } from '../utils/parseHashtags';
import { validateCampaignForm } from '../utils/validateCampaignForm';
import { CampaignBudgetFieldset } from './CampaignBudgetFieldset';
import { CampaignKpiTargetsFieldset } from './CampaignKpiTargetsFieldset';

export const CAMPAIGN_FIELD_LABELS: Record<CampaignFormField, string> = {
  name: 'Name',
  description: 'Description',
  hashtags: 'Hashtags',
  objective: 'Objective',
  startDate: 'Start date',
  endDate: 'End date',
  channels: 'Channels',
  segmentIds: 'Audience segments',
  kpiTargets: 'KPI targets',
  budget: 'Budget',
  amount: 'Budget amount',
  currency: 'Currency',
};

const ID = 'campaign';
const fieldId = (field: CampaignFormField) => `${ID}-${field}`;

interface CampaignFormProps {
  initialValues: CampaignFormValues;
  segmentOptions: readonly Option[];
  segmentsLoading?: boolean;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: CampaignFormValues) => Promise<SubmitOutcome>;
  /** A save answered CONFLICT. */
  onConflict?: () => void;
  /** What is saved now, when the form starts from something else (see useMutationForm). */
  savedValues?: CampaignFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: CampaignFormValues) => ReactNode;
}

export function CampaignForm(props: CampaignFormProps) {
  const form = useMutationForm({
    initialValues: props.initialValues,
    fields: CAMPAIGN_FORM_FIELDS,
    labels: CAMPAIGN_FIELD_LABELS,
    fieldId,
    validate: validateCampaignForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field } = form;
  const hashtags = parseHashtags(form.values.hashtags);

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField {...field('name')} required autoComplete="off" />
      <TextAreaField {...field('description')} />
      <TextField
        {...field('hashtags')}
        hint="Separate with commas or spaces, e.g. #HelloMyNameIs #FluShot. The # is added if missing."
        autoComplete="off"
      />
      {hashtags.length > 0 && (
        <div className="field__preview">
          <span className="muted">Will be saved as:</span> <TagList items={hashtags} />
        </div>
      )}
      <SelectField {...field('objective')} required emptyLabel="Choose an objective" options={OBJECTIVE_OPTIONS} />
      <div className="field-row">
        <TextField {...field('startDate')} type="date" required />
        <TextField {...field('endDate')} type="date" hint="Optional." />
      </div>
      <CheckboxGroup {...field('channels')} options={CHANNEL_OPTIONS} />
      <MultiSelectCombobox
        {...field('segmentIds')}
        options={props.segmentOptions}
        noun={['segment', 'segments']}
        emptyMessage={props.segmentsLoading ? 'Loading segments…' : 'No audience segments yet.'}
      />
      <CampaignKpiTargetsFieldset {...field('kpiTargets')} />
      <CampaignBudgetFieldset fields={form} />
      {props.renderConflict?.(form.values)}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : props.submitLabel}
        </button>
        <Link to={props.cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
