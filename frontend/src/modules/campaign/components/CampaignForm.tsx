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
  const { values, set, fieldErrors: errors } = form;
  const hashtags = parseHashtags(values.hashtags);

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      {form.conflict && props.onReload && <ConflictNotice what="campaign" onReload={props.onReload} />}
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField
        id={fieldId('name')}
        label="Name"
        required
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="off"
      />
      <TextAreaField
        id={fieldId('description')}
        label="Description"
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <TextField
        id={fieldId('hashtags')}
        label="Hashtags"
        hint="Separate with commas or spaces, e.g. #HelloMyNameIs #FluShot. The # is added if missing."
        value={values.hashtags}
        onChange={set('hashtags')}
        error={errors.hashtags}
        autoComplete="off"
      />
      {hashtags.length > 0 && (
        <div className="field__preview">
          <span className="muted">Will be saved as:</span> <TagList items={hashtags} />
        </div>
      )}
      <SelectField
        id={fieldId('objective')}
        label="Objective"
        required
        emptyLabel="Choose an objective"
        options={OBJECTIVE_OPTIONS}
        value={values.objective}
        onChange={set('objective')}
        error={errors.objective}
      />
      <div className="field-row">
        <TextField
          id={fieldId('startDate')}
          label="Start date"
          type="date"
          required
          value={values.startDate}
          onChange={set('startDate')}
          error={errors.startDate}
        />
        <TextField
          id={fieldId('endDate')}
          label="End date"
          type="date"
          hint="Optional."
          value={values.endDate}
          onChange={set('endDate')}
          error={errors.endDate}
        />
      </div>
      <CheckboxGroup
        id={fieldId('channels')}
        legend="Channels"
        options={CHANNEL_OPTIONS}
        value={values.channels}
        onChange={set('channels')}
        error={errors.channels}
      />
      <CheckboxGroup
        id={fieldId('segmentIds')}
        legend="Audience segments"
        options={props.segmentOptions}
        value={values.segmentIds}
        onChange={set('segmentIds')}
        error={errors.segmentIds}
        emptyMessage={props.segmentsLoading ? 'Loading segments…' : 'No audience segments yet.'}
      />
      <CampaignKpiTargetsFieldset
        id={fieldId('kpiTargets')}
        rows={values.kpiTargets}
        onChange={set('kpiTargets')}
        error={errors.kpiTargets}
      />
      <CampaignBudgetFieldset
        idPrefix={ID}
        amount={values.budgetAmount}
        currency={values.budgetCurrency}
        onAmountChange={set('budgetAmount')}
        onCurrencyChange={set('budgetCurrency')}
        errors={{ budget: errors.budget, amount: errors.amount, currency: errors.currency }}
      />
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
