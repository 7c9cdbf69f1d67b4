import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import {
  LIVE_SESSION_FORM_FIELDS,
  type LiveSessionFormField,
  type LiveSessionFormValues,
} from '../utils/liveSessionFormValues';
import { validateLiveSessionForm } from '../utils/validateLiveSessionForm';
import { LiveSessionHostFieldset } from './LiveSessionHostFieldset';
import { LiveSessionSettingsFieldset } from './LiveSessionSettingsFieldset';

const FIELD_LABELS: Record<LiveSessionFormField, string> = {
  title: 'Title',
  description: 'Description',
  host: 'Host',
  name: 'Host name',
  credentials: 'Host credentials',
  scheduledStart: 'Scheduled start',
  streamUrl: 'Stream URL',
  settings: 'Question settings',
  anonymousQuestionsAllowed: 'Allow anonymous questions',
  moderationMode: 'Moderation mode',
  questionLengthLimit: 'Question length limit',
  questionsPerMinute: 'Questions per minute',
  profanityFilter: 'Filter profanity',
};

const ID = 'live-session';
const fieldId = (field: LiveSessionFormField) => `${ID}-${field}`;

interface LiveSessionFormProps {
  initialValues: LiveSessionFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: LiveSessionFormValues) => Promise<SubmitOutcome>;
}

export function LiveSessionForm({ initialValues, submitLabel, cancelTo, onSubmit }: LiveSessionFormProps) {
  const [values, setValues] = useState(initialValues);
  const form = useMutationForm({
    fields: LIVE_SESSION_FORM_FIELDS,
    validate: validateLiveSessionForm,
    submit: onSubmit,
  });
  const set =
    <K extends keyof LiveSessionFormValues>(key: K) =>
    (value: LiveSessionFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const errors = form.fieldErrors;
  const summary = [
    ...(Object.keys(errors) as LiveSessionFormField[]).map((field) => ({
      message: `${FIELD_LABELS[field]}: ${errors[field]}`,
      targetId: fieldId(field),
    })),
    ...form.formErrors.map((message) => ({ message })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.handleSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={summary} attempt={form.attempt} />
      <TextField
        id={fieldId('title')}
        label="Title"
        required
        autoComplete="off"
        value={values.title}
        onChange={set('title')}
        error={errors.title}
      />
      <TextAreaField
        id={fieldId('description')}
        label="Description"
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <LiveSessionHostFieldset
        idPrefix={ID}
        name={values.hostName}
        credentials={values.hostCredentials}
        onNameChange={set('hostName')}
        onCredentialsChange={set('hostCredentials')}
        errors={{ host: errors.host, name: errors.name, credentials: errors.credentials }}
      />
      <TextField
        id={fieldId('scheduledStart')}
        label="Scheduled start"
        hint="In your time zone."
        type="datetime-local"
        required
        value={values.scheduledStart}
        onChange={set('scheduledStart')}
        error={errors.scheduledStart}
      />
      <TextField
        id={fieldId('streamUrl')}
        label="Stream URL"
        hint="Where the audience watches, e.g. https://www.youtube.com/@yourchannel/live."
        type="url"
        autoComplete="off"
        value={values.streamUrl}
        onChange={set('streamUrl')}
        error={errors.streamUrl}
      />
      <LiveSessionSettingsFieldset idPrefix={ID} values={values} onChange={set} errors={errors} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : submitLabel}
        </button>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
