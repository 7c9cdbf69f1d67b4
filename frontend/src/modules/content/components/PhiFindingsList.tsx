import type { PhiType } from '@/generated/graphql';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';
import { findingSpan } from '../utils/phiFindings';

interface Finding {
  type: PhiType;
  start: number;
  end: number;
}

interface Props {
  /** Named by the field's aria-describedby. */
  id: string;
  text: string;
  findings: readonly Finding[];
}

/**
 * A field's suspected identifiers, each with the characters flagged. Always rendered (empty when
 * there is nothing), so a finding that appears while typing is announced politely.
 */
export function PhiFindingsList({ id, text, findings }: Props) {
  return (
    <div id={id} className="phi-findings" aria-live="polite">
      {findings.length > 0 && (
        <ul className="phi-findings__list">
          {findings.map((finding, index) => (
            <li key={`${finding.type}-${finding.start}-${index}`} className="phi-findings__item">
              Possible {PHI_TYPE_LABELS[finding.type]}: “<mark>{findingSpan(text, finding)}</mark>”
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
