import type { RefObject } from 'react';
import type { ContentRevisionDiffQuery } from '@/generated/graphql';
import { fieldLabel } from '../utils/contentFieldNames';
import { diffSummary, foldUnchanged, type ShownLine } from '../utils/revisionDiff';

type FieldDiff = NonNullable<ContentRevisionDiffQuery['content']>['revisionDiff'][number];

interface Props {
  diffs: readonly FieldDiff[];
  from: number;
  to: number;
  /** The heading takes focus when a comparison arrives. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function Line({ shown }: { shown: ShownLine }) {
  if (shown.kind === 'folded') return <li className="revision-diff__folded">{shown.count} unchanged lines</li>;
  const { kind, text } = shown.line;
  const content = text || <span className="muted">(blank line)</span>;
  if (kind === 'ADDED')
    return (
      <li className="revision-diff__line revision-diff__line--added">
        <span className="revision-diff__sign" aria-hidden="true">
          +
        </span>
        <ins>
          <span className="visually-hidden">Added: </span>
          {content}
        </ins>
      </li>
    );
  if (kind === 'REMOVED')
    return (
      <li className="revision-diff__line revision-diff__line--removed">
        <span className="revision-diff__sign" aria-hidden="true">
          −
        </span>
        <del>
          <span className="visually-hidden">Removed: </span>
          {content}
        </del>
      </li>
    );
  return (
    <li className="revision-diff__line">
      <span className="revision-diff__sign" aria-hidden="true" />
      <span>{content}</span>
    </li>
  );
}

/**
 * What changed between two revisions, field by field and line by line. Added and removed lines
 * are marked by a sign and by <ins>/<del> with their words for screen readers, never by colour alone.
 */
export function RevisionDiffView({ diffs, from, to, headingRef }: Props) {
  return (
    <div className="revision-diff-view">
      <h3 ref={headingRef} tabIndex={-1}>
        Changes from revision {from} to revision {to}
      </h3>
      {diffs.length === 0 ? (
        <p>
          The title, body and channel texts are the same in both revisions. Other fields may differ: each revision above
          says which fields it changed.
        </p>
      ) : (
        <>
          <p className="muted">Lines marked + were added, lines marked − were removed; other lines are unchanged.</p>
          {diffs.map((diff) => (
            <div key={diff.field} role="group" aria-labelledby={`revision-diff-${diff.field}`}>
              <h4 id={`revision-diff-${diff.field}`}>
                {fieldLabel(diff.field)} <span className="muted">({diffSummary(diff.lines) || 'changed'})</span>
              </h4>
              <ol className="revision-diff">
                {foldUnchanged(diff.lines).map((shown, index) => (
                  <Line key={index} shown={shown} />
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </div>
  );
}
