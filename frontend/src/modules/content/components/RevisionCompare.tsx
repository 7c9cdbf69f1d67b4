import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { ContentRevisionDiffDocument, type ContentDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { SelectField } from '@/ui/form/SelectField';
import { formatDateTime } from '@/ui/utils/format';
import { personName } from '../utils/personName';
import { defaultComparison, validateComparison } from '../utils/revisionDiff';
import { RevisionDiffView } from './RevisionDiffView';

type Revisions = ContentDetailFragment['revisions'];

/** Two revisions of the item picked and compared, field by field. */
export function RevisionCompare({ contentId, revisions }: { contentId: string; revisions: Revisions }) {
  const initial = defaultComparison(revisions.map((revision) => revision.number));
  return (
    <div className="revision-compare">
      <h3 id="revision-compare-title">Compare two revisions</h3>
      {initial ? (
        <Comparison contentId={contentId} revisions={revisions} initial={initial} />
      ) : (
        <p className="muted">There is only one revision so far: nothing to compare yet.</p>
      )}
    </div>
  );
}

interface ComparisonProps {
  contentId: string;
  revisions: Revisions;
  initial: { from: number; to: number };
}

function Comparison({ contentId, revisions, initial }: ComparisonProps) {
  const [from, setFrom] = useState(String(initial.from));
  const [to, setTo] = useState(String(initial.to));
  const [error, setError] = useState<string>();
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const [{ data, error: failure, fetching, operation }, reexecute] = useQuery({
    query: ContentRevisionDiffDocument,
    variables: { id: contentId, from: compared?.from ?? 1, to: compared?.to ?? 1 },
    pause: !compared,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);
  // Only the answer for the pair asked last: another pair's answer may still be on hand while it loads.
  const answered = operation?.variables.from === compared?.from && operation?.variables.to === compared?.to;
  const diffs = answered ? data?.content?.revisionDiff : undefined;

  // A comparison asked for takes focus when it arrives, so it is read next.
  useEffect(() => {
    if (!focusResult.current || !diffs) return;
    focusResult.current = false;
    headingRef.current?.focus();
  }, [diffs]);

  const options = [...revisions]
    .sort((a, b) => b.number - a.number)
    .map((revision) => ({
      value: String(revision.number),
      label: `Revision ${revision.number} — ${personName(revision.editor)}, ${formatDateTime(revision.at)}`,
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = validateComparison(Number(from), Number(to));
    setError(problem);
    if (problem) {
      document.getElementById('revision-compare-to')?.focus();
      return;
    }
    focusResult.current = true;
    setCompared({ from: Number(from), to: Number(to) });
  };

  return (
    <>
      <form className="form" onSubmit={submit} noValidate aria-label="Compare two revisions">
        <div className="field-row">
          <SelectField id="revision-compare-from" label="From" options={options} value={from} onChange={setFrom} />
          <SelectField
            id="revision-compare-to"
            label="To"
            options={options}
            value={to}
            onChange={setTo}
            error={error}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={fetching}>
            Compare
          </button>
        </div>
      </form>
      <div aria-busy={fetching}>
        {compared && fetching && !diffs && <LoadingState label="Comparing…" />}
        {compared && answered && failure && !fetching && (
          <ErrorState
            message={describeGraphqlError(failure)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
        {compared && diffs && (
          <RevisionDiffView diffs={diffs} from={compared.from} to={compared.to} headingRef={headingRef} />
        )}
      </div>
    </>
  );
}
