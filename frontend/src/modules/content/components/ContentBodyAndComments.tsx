import { useState } from 'react';
import type { ContentDetailFragment } from '@/generated/graphql';
import type { ActionError } from '../utils/actionErrors';
import { CommentableBody } from './CommentableBody';
import type { CommentPrefill } from './CommentComposer';
import { ContentComments } from './ContentComments';
import { ContentSection } from './ContentSection';

interface Props {
  content: ContentDetailFragment;
  errors: Record<string, ActionError[]>;
  /** Absent for those who may not comment. */
  onChanged?: (content: ContentDetailFragment) => void;
}

/** The body and its review comments, side by side on a wide screen and one under the other on a narrow one. */
export function ContentBodyAndComments({ content, errors, onChanged }: Props) {
  const [prefill, setPrefill] = useState<CommentPrefill | null>(null);
  return (
    <div className="content-review-layout">
      <ContentSection section="body" title="Body" errors={errors.body}>
        <CommentableBody
          content={content}
          onComment={onChanged && ((picked) => setPrefill({ ...picked, key: (prefill?.key ?? 0) + 1 }))}
        />
      </ContentSection>
      <ContentSection section="comments" title="Review comments" errors={errors.comments}>
        <ContentComments content={content} onChanged={onChanged} prefill={prefill} />
      </ContentSection>
    </div>
  );
}
