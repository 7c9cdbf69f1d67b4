import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { AcknowledgePostingPolicyDocument, PostingPolicyDocument } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { postingPolicyGate } from '../utils/postingPolicyGate';

interface Props {
  children: ReactNode;
  /**
   * Read the policy from the server, not the cache: after the server refused a step for want of
   * an acknowledgement, a cached policy may be an older version this writer did accept.
   */
  fresh?: boolean;
}

/**
 * Before a writer creates content: the organisation's posting policy, to read and accept (each
 * version once); the server refuses content from a writer who has not (POLICY_NOT_ACKNOWLEDGED).
 */
export function PostingPolicyAcknowledgement({ children, fresh = false }: Props) {
  const [{ data, fetching, error }, reload] = useQuery({
    query: PostingPolicyDocument,
    requestPolicy: fresh ? 'network-only' : undefined,
  });
  const [{ fetching: accepting }, acknowledge] = useMutation(AcknowledgePostingPolicyDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (fetching && !data) return <LoadingState label="Loading your organisation's posting policy" />;
  if (error || !data) return <ErrorState message="The posting policy could not be loaded" onRetry={() => reload()} />;
  const policy = data.postingPolicy;
  if (postingPolicyGate(policy) === 'open') return <>{children}</>;

  const accept = async () => {
    setRefusal(null);
    const result = await acknowledge({ input: { version: policy.version } });
    const problem = result.error?.message ?? result.data?.acknowledgePostingPolicy.userErrors[0]?.message;
    if (problem) setRefusal(problem);
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <section className="content-policy" aria-labelledby="content-policy-heading">
      <h2 id="content-policy-heading">Your organisation’s posting policy (version {policy.version})</h2>
      <p>Read it and accept it before you write content. You accept each new version once.</p>
      <div className="content-policy__text">{policy.text}</div>
      {refusal && <Alert tone="error">{refusal}</Alert>}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={accept} disabled={accepting}>
          {accepting ? 'Saving…' : 'I have read the policy and will follow it'}
        </button>
      </div>
    </section>
  );
}
