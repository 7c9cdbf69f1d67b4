import type { PhiSpan } from '../utils/phiSegments';
import { phiSegments } from '../utils/phiSegments';
import { PHI_TYPE_LABELS } from '../utils/questionLabels';
import '../styles/liveqa.css';

interface Props {
  id?: string;
  text: string;
  /** Suspected PHI spans to mark; none for text the audience may see. */
  findings?: readonly PhiSpan[];
  className?: string;
}

/**
 * A question's text with each suspected PHI span in a <mark>. The finding's type is said right
 * after it for screen readers (a <mark> has no name of its own) and shown on hover.
 */
export function QuestionText({ id, text, findings = [], className }: Props) {
  return (
    <p id={id} className={className}>
      {phiSegments(text, findings).map((segment, index) =>
        segment.finding ? (
          <span key={index}>
            <mark className="phi-mark" title={`Suspected ${PHI_TYPE_LABELS[segment.finding.type]}`}>
              {segment.text}
            </mark>
            <span className="visually-hidden"> (suspected {PHI_TYPE_LABELS[segment.finding.type]})</span>
          </span>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
