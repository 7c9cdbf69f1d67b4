import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { TagList } from '@/ui/data-display/TagList';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
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

const FIELD_LABELS: Record<CampaignFormField, string> = {
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
  onReload?: () => void;
}

export function CampaignForm(props: CampaignFormProps) {
  const form = useMutationForm({
    initialValues: props.initialValues,
    fields: CAMPAIGN_FORM_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
    validate: validateCampaignForm,
    submit: props.onSubmit,
  });
  const { field } = form;
  const hashtags = parseHashtags(form.values.hashtags);

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      {form.conflict && props.onReload && <ConflictNotice what="campaign" onReload={props.onReload} />}
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
      <CheckboxGroup
        {...field('segmentIds')}
        options={props.segmentOptions}
        emptyMessage={props.segmentsLoading ? 'Loading segments…' : 'No audience segments yet.'}
      />
      <CampaignKpiTargetsFieldset {...field('kpiTargets')} />
      <CampaignBudgetFieldset fields={form} />
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
