import { useState } from 'react';
import type { SavedReplyFieldsFragment } from '@/generated/graphql';
import { SelectField } from '@/ui/form/SelectField';
import { HIPAA_SAFE_TAG } from '../utils/tags';

interface Props {
  replies: readonly SavedReplyFieldsFragment[];
  onUse: (reply: SavedReplyFieldsFragment) => void;
}

export const savedReplyLabel = (reply: SavedReplyFieldsFragment) =>
  reply.tags.includes(HIPAA_SAFE_TAG) ? `${reply.title} (HIPAA-safe)` : reply.title;

/** Puts one of the organisation's saved replies in the box, in place of the draft. */
export function SavedReplyPicker({ replies, onUse }: Props) {
  const [chosen, setChosen] = useState('');
  const reply = replies.find((r) => r.id === chosen);
  if (replies.length === 0) return null;
  return (
    <div className="saved-reply-picker">
      <SelectField
        id="reply-saved"
        label="Saved reply"
        value={chosen}
        onChange={setChosen}
        emptyLabel="Choose a saved reply"
        options={replies.map((r) => ({ value: r.id, label: savedReplyLabel(r) }))}
      />
      <button type="button" className="button" disabled={!reply} onClick={() => reply && onUse(reply)}>
        Use saved reply
      </button>
    </div>
  );
}
