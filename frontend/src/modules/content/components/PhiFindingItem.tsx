import { useEffect, useRef, useState } from 'react';
import type { ContentDetailFragment } from '@/generated/graphql';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';
import { formatDateTime } from '@/ui/utils/format';
import { describeFinding, fieldText, findingSpan, isBlocking, overrideOf } from '../utils/phiFindings';
import { personName } from '../utils/personName';
import { PhiOverrideForm } from './PhiOverrideForm';

interface Props {
  content: ContentDetailFragment;
  finding: ContentDetailFragment['phiFindings'][number];
  /** Unique on the page. */
  id: string;
  /** Given to compliance officers only: they may override a blocking finding. */
  onChanged?: (content: ContentDetailFragment) => void;
  /** Says what an override did, in the findings' status line. */
  onOverridden: (message: string) => void;
}

const stateOf = (finding: Props['finding']) =>
  finding.coveredByConsent
    ? { className: 'phi-findings__item--covered', text: 'covered by the linked consent' }
    : finding.overridden
      ? { className: 'phi-findings__item--overridden', text: 'overridden by compliance: does not block' }
      : { className: '', text: 'not covered: blocks review, scheduling and publishing' };

/** One suspected identifier, the characters flagged, whether it blocks and, once overridden, by whom and why. */
export function PhiFindingItem({ content, finding, id, onChanged, onOverridden }: Props) {
  const [open, setOpen] = useState(false);
  const itemRef = useRef<HTMLLIElement>(null);
  const returnFocus = useRef(false);
  const description = describeFinding(fieldText(content, finding.field), finding);
  const override = finding.overridden ? overrideOf(content, finding) : undefined;
  const state = stateOf(finding);

  // Closing the form (overridden or cancelled) leaves focus on the finding, which says what it is now.
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    itemRef.current?.focus();
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  return (
    <li ref={itemRef} id={id} tabIndex={-1} className={`phi-findings__item ${state.className}`}>
      Possible {PHI_TYPE_LABELS[finding.type]}: “<mark>{findingSpan(fieldText(content, finding.field), finding)}</mark>”
      <span className="phi-findings__state"> — {state.text}</span>
      {override && (
        <p className="phi-findings__override">
          Overridden by {personName(override.by)}, <time dateTime={override.at}>{formatDateTime(override.at)}</time>: “
          {override.justification}”
        </p>
      )}
      {onChanged && isBlocking(finding) && !open && (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setOpen(true)}>
            Override… <span className="visually-hidden">{description}</span>
          </button>
        </div>
      )}
      {onChanged && open && (
        <PhiOverrideForm
          contentId={content.id}
          finding={finding}
          description={description}
          idPrefix={id}
          onChanged={onChanged}
          onOverridden={() => {
            close();
            onOverridden(`Override recorded: ${description} no longer blocks.`);
          }}
          onCancel={close}
        />
      )}
    </li>
  );
}
