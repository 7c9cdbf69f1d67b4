import { markedSegments, type MarkedSpan } from '../utils/markedSegments';
import '../styles/feedback.css';

interface Props {
  text: string;
  spans: readonly MarkedSpan[];
  id?: string;
  className?: string;
}

/**
 * A text with each flagged span in a <mark>, its kind written right after it ("suspected phone
 * number"), so the finding is told in words as well as by the highlight and its underline.
 */
export function MarkedText({ text, spans, id, className = 'marked-text' }: Props) {
  return (
    <p id={id} className={className}>
      {markedSegments(text, spans).map((segment, index) =>
        segment.label ? (
          <span key={index}>
            <mark className="marked-text__mark">{segment.text}</mark>
            <span className="marked-text__label"> [{segment.label}]</span>
          </span>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
