import { useState } from 'react';
import { useMutation } from 'urql';
import { ReleaseSurveyAnswerDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { JustificationForm } from '@/ui/form/JustificationForm';

/** The server's shortest justification for releasing a held answer (releaseSurveyAnswer), and its longest. */
export const RELEASE_JUSTIFICATION_MIN = 20;
export const RELEASE_JUSTIFICATION_MAX = 1000;

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
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (justification: string) => {
    setServerError(null);
    const result = await release({ input: { answerId, justification } });
    const payload = result.data?.releaseSurveyAnswer;
    if (result.error || !payload)
      setServerError(result.error ? describeGraphqlError(result.error) : 'The answer was not released.');
    else if (payload.userErrors.length > 0) setServerError(payload.userErrors.map((e) => e.message).join(' '));
    else onReleased();
  };

  return (
    <JustificationForm
      id={`release-${answerId}`}
      label={`Why ${answerLabel} may be shown`}
      keptFor="It is kept in the audit log with your name. Release it only if it identifies nobody."
      purpose="this answer may be shown"
      min={RELEASE_JUSTIFICATION_MIN}
      max={RELEASE_JUSTIFICATION_MAX}
      submitLabel="Release answer"
      busyLabel="Releasing…"
      busy={fetching}
      serverError={serverError}
      rows={2}
      onSubmit={(justification) => void submit(justification)}
      onCancel={onCancel}
    />
  );
}
