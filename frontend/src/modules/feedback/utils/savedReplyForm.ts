import type { CreateSavedReplyInput, SavedReplyFieldsFragment, UpdateSavedReplyInput } from '@/generated/graphql';
import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { splitList } from '@/ui/utils/splitList';
import { validateTags } from './tags';

/** The server's limits (feedback/SavedReplies.java). */
export const SAVED_REPLY_TITLE_MAX = 120;
export const SAVED_REPLY_TEXT_MAX = 2000;

/** Tags as the one text field holds them, comma-separated. */
export interface SavedReplyFormValues {
  title: string;
  text: string;
  tags: string;
}

/** Named like the last element of a userError path (["input", "tags", "1"] → tags, item 2). */
export const SAVED_REPLY_FORM_FIELDS = ['title', 'text', 'tags'] as const;
export type SavedReplyFormField = (typeof SAVED_REPLY_FORM_FIELDS)[number];

export const EMPTY_SAVED_REPLY_FORM: SavedReplyFormValues = { title: '', text: '', tags: '' };

export const parseTags = (text: string) => splitList(text, /,/).map((tag) => tag.toLowerCase());

export const savedReplyToFormValues = (reply: Pick<SavedReplyFieldsFragment, 'title' | 'text' | 'tags'>) => ({
  title: reply.title,
  text: reply.text,
  tags: reply.tags.join(', '),
});

export function validateSavedReplyForm(values: SavedReplyFormValues): Partial<Record<SavedReplyFormField, string>> {
  const errors: Partial<Record<SavedReplyFormField, string>> = {};
  const title = values.title.trim();
  const text = values.text.trim();
  if (!title) errors.title = 'Enter a title';
  else if (title.length > SAVED_REPLY_TITLE_MAX)
    errors.title = `Keep the title to ${SAVED_REPLY_TITLE_MAX} characters or fewer`;
  if (!text) errors.text = 'Enter the reply';
  else if (text.length > SAVED_REPLY_TEXT_MAX)
    errors.text = `Keep the reply to ${SAVED_REPLY_TEXT_MAX.toLocaleString('en-US')} characters or fewer`;
  const tags = validateTags(parseTags(values.tags));
  if (tags) errors.tags = tags;
  return errors;
}

export const buildCreateSavedReplyInput = (values: SavedReplyFormValues): CreateSavedReplyInput => ({
  title: values.title.trim(),
  text: values.text.trim(),
  tags: parseTags(values.tags),
});

/** Only what changed since the reply was read, on its version. */
export function buildUpdateSavedReplyInput(
  initial: SavedReplyFormValues,
  values: SavedReplyFormValues,
  reply: Pick<SavedReplyFieldsFragment, 'id' | 'version'>,
): UpdateSavedReplyInput {
  const input: UpdateSavedReplyInput = { id: reply.id, expectedVersion: reply.version };
  if (values.title.trim() !== initial.title.trim()) input.title = values.title.trim();
  if (values.text.trim() !== initial.text.trim()) input.text = values.text.trim();
  if (parseTags(values.tags).join() !== parseTags(initial.tags).join()) input.tags = parseTags(values.tags);
  return input;
}

export const SAVED_REPLY_CONFLICT_FIELDS: readonly ConflictField<SavedReplyFormValues>[] = [
  { key: 'title', label: 'Title', format: (v) => v.title.trim() },
  { key: 'text', label: 'Reply', format: (v) => v.text.trim() },
  { key: 'tags', label: 'Tags', format: (v) => parseTags(v.tags).join(', ') || 'None' },
];
