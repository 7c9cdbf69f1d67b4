import { useMutation } from 'urql';
import { JoinLiveSessionDocument } from '@/generated/graphql';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextField } from '@/ui/form/TextField';
import '../styles/liveqa.css';

const FIELDS = ['displayName'] as const;
type JoinField = (typeof FIELDS)[number];
const LABELS: Record<JoinField, string> = { displayName: 'Your name' };
const fieldId = (field: JoinField) => `join-${field}`;
const DISPLAY_NAME_LIMIT = 80;

interface Props {
  joinCode: string;
  onJoined: (participantToken: string) => void;
}

/** Joins with the code from the address; the name is optional and only moderators see it. */
export function AudienceJoinForm({ joinCode, onJoined }: Props) {
  const [, join] = useMutation(JoinLiveSessionDocument);
  const submit = async ({ displayName }: { displayName: string }): Promise<SubmitOutcome> => {
    const name = displayName.trim();
    const result = await join({ input: { joinCode, displayName: name ? name : undefined } });
    if (result.error) return { error: describeGraphqlError(result.error) };
    const payload = result.data?.joinLiveSession;
    if (!payload) return { error: 'We could not join you to the session. Please try again.' };
    if (payload.participantToken && payload.userErrors.length === 0) onJoined(payload.participantToken);
    return { userErrors: payload.userErrors };
  };
  const form = useMutationForm({
    initialValues: { displayName: '' },
    fields: FIELDS,
    labels: LABELS,
    fieldId,
    validate: ({ displayName }) =>
      displayName.trim().length > DISPLAY_NAME_LIMIT
        ? { displayName: `Use at most ${DISPLAY_NAME_LIMIT} characters.` }
        : {},
    submit,
  });
  return (
    <form className="form audience-join" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField
        {...form.field('displayName')}
        label="Your name (optional)"
        hint="Moderators see it next to your questions; the audience never does. Leave it empty to join anonymously."
        autoComplete="nickname"
      />
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {form.submitting ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}
