import { useMutation } from 'urql';
import { JoinLiveSessionDocument } from '@/generated/graphql';
import { useMutationFormState, type SubmitOutcome } from '@/modules/api/hooks/useMutationFormState';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextField } from '@/ui/form/TextField';
import '../styles/liveqa.css';

const FIELDS = ['displayName'] as const;
type JoinField = (typeof FIELDS)[number];
const LABELS: Record<JoinField, string> = { displayName: 'Your name' };
const fieldId = (field: JoinField) => `join-${field}`;
const DISPLAY_NAME_LIMIT = 80;

/** Why the join code itself was refused, said on the page rather than as a form error. */
export interface JoinCodeProblem {
  /** No open session has this code: unknown, mistyped, or the session has ended. */
  notFound: boolean;
  message: string;
}

interface Props {
  joinCode: string;
  onJoined: (participantToken: string) => void;
  onCodeProblem: (problem: JoinCodeProblem) => void;
}

/** Joins with the code from the address; the name is optional and only moderators see it. */
export function AudienceJoinForm({ joinCode, onJoined, onCodeProblem }: Props) {
  const [, join] = useMutation(JoinLiveSessionDocument);
  const submit = async ({ displayName }: { displayName: string }): Promise<SubmitOutcome> => {
    const name = displayName.trim();
    const result = await join({ input: { joinCode, displayName: name ? name : undefined } });
    if (result.error) return { error: describeGraphqlError(result.error) };
    const payload = result.data?.joinLiveSession;
    if (!payload) return { error: 'We could not join you to the session. Please try again.' };
    if (payload.participantToken && payload.userErrors.length === 0) onJoined(payload.participantToken);
    // The code comes from the address, not from a field here: "Please fix the following" would
    // point at nothing the participant can fix in this form.
    const codeError = payload.userErrors.find((error) => error.field?.at(-1) === 'joinCode');
    if (codeError) {
      onCodeProblem({ notFound: codeError.code === 'NOT_FOUND', message: codeError.message });
      return { userErrors: [] };
    }
    return { userErrors: payload.userErrors };
  };
  const form = useMutationFormState({
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
