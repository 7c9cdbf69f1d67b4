import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import type { Option } from '@/ui/form/SelectField';
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
  moderatorIds: 'Moderators',
  settings: 'Question settings',
  anonymousQuestionsAllowed: 'Allow anonymous questions',
  moderationMode: 'Moderation mode',
  questionLengthLimit: 'Question length limit',
  questionsPerMinute: 'Questions per minute',
  profanityFilter: 'Filter profanity',
  earlyQuestionsAllowed: 'Take questions before the session starts',
  publishRecap: 'Publish a recap once the session ends',
};

const ID = 'live-session';
const fieldId = (field: LiveSessionFormField) => `${ID}-${field}`;

interface LiveSessionFormProps {
  initialValues: LiveSessionFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: LiveSessionFormValues) => Promise<SubmitOutcome>;
  /** The organisation's moderators to choose from. */
  moderatorOptions: readonly Option[];
  moderatorsLoading?: boolean;
  /** What is saved now, when the form starts from something else (edits reapplied after a conflict). */
  savedValues?: LiveSessionFormValues;
  /** Called when a save answers CONFLICT (someone else saved first), e.g. useEditConflict's onConflict. */
  onConflict?: () => void;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: LiveSessionFormValues) => ReactNode;
}

export function LiveSessionForm(props: LiveSessionFormProps) {
  const { initialValues, submitLabel, cancelTo, onSubmit } = props;
  const form = useMutationForm({
    initialValues: initialValues,
    fields: LIVE_SESSION_FORM_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
    validate: validateLiveSessionForm,
    submit: onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field } = form;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField {...field('title')} required autoComplete="off" />
      <TextAreaField {...field('description')} />
      <LiveSessionHostFieldset fields={form} />
      <TextField {...field('scheduledStart')} hint="In your time zone." type="datetime-local" required />
      <TextField
        {...field('streamUrl')}
        hint="Where the audience watches, e.g. https://www.youtube.com/@yourchannel/live."
        type="url"
        autoComplete="off"
      />
      <CheckboxGroup
        {...field('moderatorIds')}
        hint="Staff with the Moderator role who will run the session: only they (and admins) can start it and see what participants ask."
        options={props.moderatorOptions}
        emptyMessage={
          props.moderatorsLoading
            ? 'Loading moderators…'
            : 'No moderators yet: they appear here once they have signed in.'
        }
      />
      <LiveSessionSettingsFieldset fields={form} />
      {props.renderConflict?.(form.values)}
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
