import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Channel } from '@/generated/graphql';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { PURPOSE_OPTIONS } from '@/modules/consent/utils/consentLabels';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { MultiSelectCombobox } from '@/ui/form/MultiSelectCombobox';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { useContentConsentOptions } from '../hooks/useContentConsentOptions';
import { useContentFormOptions } from '../hooks/useContentFormOptions';
import { FORMAT_OPTIONS, isAboutAPatient } from '../utils/contentLabels';
import { CONTENT_FORM_FIELDS, type ContentFormField, type ContentFormValues } from '../utils/contentFormValues';
import { CONTENT_FIELD_LABELS } from '../utils/contentFieldLabels';
import { validateContentForm } from '../utils/validateContentForm';
import { ContentCitationsFieldset } from './ContentCitationsFieldset';
import { ContentMediaFieldset } from './ContentMediaFieldset';
import { ContentVariantsFieldset } from './ContentVariantsFieldset';
import { ReadabilityNote } from './ReadabilityNote';
import { ScannedField } from './ScannedField';

const fieldId = (field: ContentFormField) => `content-${field.replace('.', '-')}`;

interface ContentFormProps {
  initialValues: ContentFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: ContentFormValues) => Promise<SubmitOutcome>;
  /** A save answered CONFLICT. */
  onConflict?: () => void;
  /** What is saved now, when the form starts from something else (see useMutationForm). */
  savedValues?: ContentFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: ContentFormValues) => ReactNode;
  /** The consents the item links now, kept as choices even when no longer active. */
  linkedConsents?: readonly { id: string; label: string }[];
  /** The server's grade of the saved body, the authority after a save. */
  savedGrade?: number;
}

export function ContentForm(props: ContentFormProps) {
  const form = useMutationForm({
    initialValues: props.initialValues,
    fields: CONTENT_FORM_FIELDS,
    labels: CONTENT_FIELD_LABELS,
    fieldId,
    validate: validateContentForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field, values } = form;
  const options = useContentFormOptions();
  const story = isAboutAPatient(values.format);
  const consents = useContentConsentOptions(story, props.linkedConsents);
  const campaign = options.campaigns.find((option) => option.value === values.campaignId);
  const campaignChannels = campaign && campaign.channels.length > 0 ? campaign.channels : null;

  return (
    <form className="form content-form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <ScannedField {...field('title')} required />
      <SelectField {...field('format')} required emptyLabel="Choose a format" options={FORMAT_OPTIONS} />
      <ScannedField
        {...field('body')}
        required
        rows={12}
        hint="Markdown. Plain words and short sentences: patient materials aim at grade 8 or below."
        note={{
          id: `${fieldId('body')}-grade`,
          content: <ReadabilityNote text={values.body} savedGrade={props.savedGrade} />,
        }}
      />
      {story && (
        <CheckboxGroup
          {...field('consentIds')}
          options={consents.options}
          hint="A patient story needs an active consent covering its channels and purpose. Consents are shown by number and scope, never by patient."
          emptyMessage={consents.loading ? 'Loading consents…' : 'No active consent to link yet.'}
        />
      )}
      <SelectField {...field('campaignId')} emptyLabel="No campaign" options={options.campaigns} />
      <ContentVariantsFieldset
        {...field('variants')}
        id={fieldId('variants')}
        channels={campaignChannels}
        errorFor={(channel: Channel) => form.fieldErrors[`variants.${channel}`]}
        fieldId={(channel: Channel) => fieldId(`variants.${channel}`)}
      />
      <CheckboxGroup
        {...field('topics')}
        options={options.topics.map((topic) => ({ value: topic, label: topic }))}
        emptyMessage={options.loading ? 'Loading topics…' : 'No topics.'}
      />
      <MultiSelectCombobox
        {...field('segmentIds')}
        options={options.segments}
        noun={['segment', 'segments']}
        emptyMessage={options.loading ? 'Loading segments…' : 'No audience segments yet.'}
      />
      <div className="field-row">
        <TextField {...field('language')} hint="A language tag, e.g. en-US or es-US." autoComplete="off" />
        <SelectField {...field('purpose')} emptyLabel="From the campaign’s objective" options={PURPOSE_OPTIONS} />
      </div>
      <ContentMediaFieldset {...field('media')} />
      <ContentCitationsFieldset {...field('citations')} />
      {props.renderConflict?.(values)}
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
