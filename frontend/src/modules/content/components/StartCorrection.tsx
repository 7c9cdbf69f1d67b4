import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CorrectContentDocument, type ContentDetailFragment } from '@/generated/graphql';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import type { useContentAction } from '../hooks/useContentAction';
import { contentPath } from '../utils/contentPaths';
import { correctionUnderWay } from '../utils/corrections';

interface Props {
  content: ContentDetailFragment;
  action: ReturnType<typeof useContentAction>;
  busy: boolean;
}

/**
 * Starts a correction of a published item, which is never edited in place: a new draft with its
 * texts opens, to edit and review. While a correction is under way the server refuses another, so
 * this links to that one instead. A refusal (the item changed, is no longer published, or someone
 * started a correction meanwhile) is shown with the workflow's other outcomes.
 */
export function StartCorrection({ content, action, busy }: Props) {
  const [, correct] = useMutation(CorrectContentDocument);
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const underWay = correctionUnderWay(content);

  const onConfirm = async () => {
    // The answer is the new draft, not this item: the page keeps this one (another ID) until it opens the draft.
    const draft = await action.run(
      () =>
        correct({ input: { contentId: content.id, expectedVersion: content.version } }).then((r) => ({
          payload: r.data?.correctContent,
          error: r.error,
        })),
      () => 'Correction started.',
    );
    setConfirming(false);
    if (draft) navigate(contentPath(draft.id));
  };

  if (underWay)
    return (
      <Link to={contentPath(underWay.id)} className="button">
        Continue the correction under way
      </Link>
    );
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
        Start a correction…
      </button>
      <ConfirmDialog
        open={confirming}
        title="Start a correction?"
        confirmLabel="Start correction"
        tone="primary"
        busy={busy}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          A published item is not edited in place. A new draft opens with this item’s texts: edit it and submit it for
          review like any item.
        </p>
        <p>
          This post stays up until the correction is published; then it is retracted from every channel, each with a
          take-down to confirm.
        </p>
      </ConfirmDialog>
    </>
  );
}
