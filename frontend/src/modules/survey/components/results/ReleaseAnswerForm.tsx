import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ReleaseSurveyAnswerDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { RELEASE_JUSTIFICATION_MIN, validateReleaseJustification } from '../../utils/releaseJustification';

interface Props {
  answerId: string;
  /** Names the answer in the field's label, so each form on the page is told apart. */
  answerLabel: string;
  onReleased: () => void;
  onCancel: () => void;
}

/**
 * Shows a held answer once a person has read it and judged it safe, saying why: the reason is
 * kept in the audit log. The server refuses it from any role but ADMIN and COMPLIANCE_OFFICER.
 */
export function ReleaseAnswerForm({ answerId, answerLabel, onReleased, onCancel }: Props) {
  const [{ fetching }, release] = useMutation(ReleaseSurveyAnswerDocument);
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateReleaseJustification(justification);
    setError(invalid);
    if (invalid) return;
    const result = await release({ input: { answerId, justification: justification.trim() } });
    const payload = result.data?.releaseSurveyAnswer;
    if (result.error || !payload)
      setError(result.error ? describeGraphqlError(result.error) : 'The answer was not released.');
    else if (payload.userErrors.length > 0) setError(payload.userErrors.map((e) => e.message).join(' '));
    else onReleased();
  };

  return (
    <form className="form confirm" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id={`release-${answerId}`}
        label={`Why ${answerLabel} may be shown`}
        hint={`At least ${RELEASE_JUSTIFICATION_MIN} characters, kept in the audit log with your name. Release it only if it identifies nobody.`}
        value={justification}
        onChange={setJustification}
        error={error}
        required
        rows={2}
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={fetching}>
          {fetching ? 'Releasing…' : 'Release answer'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
