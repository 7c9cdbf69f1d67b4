import { useRef } from 'react';
import type { ContentDetailFragment } from '@/generated/graphql';
import { useTextSelection } from '@/ui/hooks/useTextSelection';
import { openBodySpans } from '../utils/commentAnchors';
import { highlightSegments } from '../utils/commentHighlights';
import type { CommentPrefill } from './CommentComposer';

interface Props {
  content: ContentDetailFragment;
  /** Absent for those who may not comment. */
  onComment?: (prefill: Omit<CommentPrefill, 'key'>) => void;
}

const excerpt = (words: string) => (words.length > 40 ? `${words.slice(0, 40).trimEnd()}…` : words);

/**
 * The body as written, the words of open comments highlighted. A reader who may comment selects
 * words and comments on them; the offsets count the body's own text, so nothing but the body
 * goes inside the text block.
 */
export function CommentableBody({ content, onComment }: Props) {
  const bodyRef = useRef<HTMLPreElement>(null);
  const [selected, forget] = useTextSelection(bodyRef);
  const words = selected ? content.body.slice(selected.start, selected.end) : '';
  const segments = highlightSegments(content.body, openBodySpans(content.comments, content));

  return (
    <>
      <pre ref={bodyRef} className="content-body">
        {segments.map((segment, index) =>
          segment.commentIds.length > 0 ? (
            <mark key={index} className="content-body__commented">
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </pre>
      {segments.some((segment) => segment.commentIds.length > 0) && (
        <p className="muted">Highlighted: words with an open comment.</p>
      )}
      {onComment && (
        <div className="button-row content-body__comment">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onComment({ target: 'BODY', words, selected: words ? selected : null });
              forget();
            }}
          >
            {words ? `Comment on “${excerpt(words)}”` : 'Comment on the body'}
          </button>
          {!words && <span className="muted">Select words in the body to comment on them.</span>}
        </div>
      )}
    </>
  );
}
