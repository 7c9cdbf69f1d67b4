import type {
  Channel,
  CommentAnchorInput,
  ContentCommentFieldsFragment,
  ContentDetailFragment,
} from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import type { Option } from '@/ui/form/SelectField';
import { MEDIA_KIND_LABELS } from './contentLabels';

/** What a new comment can be about, as a select's value: the title, the body, a channel's text, a media item. */
export type AnchorTarget = 'TITLE' | 'BODY' | `VARIANT:${Channel}` | `MEDIA:${number}`;

export interface Span {
  start: number;
  end: number;
}

type Anchorable = Pick<ContentDetailFragment, 'title' | 'body' | 'variants' | 'media'>;
type Anchor = ContentCommentFieldsFragment['anchor'];

/** The title and body are commented on by their words; a channel's text or a media item as a whole. */
export const isSpanTarget = (target: AnchorTarget): target is 'TITLE' | 'BODY' =>
  target === 'TITLE' || target === 'BODY';

const mediaLabel = (content: Anchorable, index: number) => {
  const media = content.media[index];
  return media ? `Media ${index + 1}: ${MEDIA_KIND_LABELS[media.kind].toLowerCase()}` : `Media ${index + 1}`;
};

/** Everything of this item a comment can be anchored to, in the order the page shows it. */
export function anchorTargets(content: Anchorable): Option<AnchorTarget>[] {
  return [
    { value: 'TITLE', label: 'Title' },
    { value: 'BODY', label: 'Body' },
    ...content.variants.map((variant) => ({
      value: `VARIANT:${variant.channel}` as const,
      label: `${CHANNEL_LABELS[variant.channel]} text`,
    })),
    ...content.media.map((_, index) => ({ value: `MEDIA:${index}` as const, label: mediaLabel(content, index) })),
  ];
}

/** The text whose words a span comment quotes. */
export const spanText = (content: Anchorable, target: 'TITLE' | 'BODY') =>
  target === 'TITLE' ? content.title : content.body;

/**
 * Where the words are in the text: the span the reviewer selected while it still holds exactly
 * these words, else the first place they appear; null when they do not appear.
 */
export function locateWords(text: string, words: string, selected?: Span | null): Span | null {
  if (!words) return null;
  if (selected && text.slice(selected.start, selected.end) === words) return selected;
  const at = text.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
}

/** The anchor addContentComment takes for this target (and, for the title or body, span). */
export function anchorInput(target: AnchorTarget, span?: Span | null): CommentAnchorInput {
  if (isSpanTarget(target)) return { kind: target, start: span?.start, end: span?.end };
  const [kind, value] = target.split(':');
  return kind === 'VARIANT'
    ? { kind: 'VARIANT', channel: value as Channel }
    : { kind: 'MEDIA', mediaIndex: Number(value) };
}

/** What a comment is about, in words: "Body", "Instagram text", "Media 2: image". */
export function anchorLabel(anchor: Anchor, content: Anchorable): string {
  if (anchor.kind === 'TITLE') return 'Title';
  if (anchor.kind === 'BODY') return 'Body';
  if (anchor.kind === 'VARIANT') return anchor.channel ? `${CHANNEL_LABELS[anchor.channel]} text` : 'A channel’s text';
  return mediaLabel(content, anchor.mediaIndex ?? 0);
}

/** Whether the words a title or body comment quoted are no longer where they were (the text was edited since). */
export function anchorMoved(anchor: Anchor, content: Anchorable): boolean {
  if ((anchor.kind !== 'TITLE' && anchor.kind !== 'BODY') || anchor.quote == null || anchor.start == null) return false;
  return spanText(content, anchor.kind).slice(anchor.start, anchor.end ?? anchor.start) !== anchor.quote;
}

/** The open body comments whose words are still in place, as spans to highlight in the body. */
export function openBodySpans(comments: readonly ContentCommentFieldsFragment[], content: Anchorable) {
  return comments
    .filter((comment) => !comment.resolved && comment.anchor.kind === 'BODY' && !anchorMoved(comment.anchor, content))
    .map((comment) => ({ id: comment.id, start: comment.anchor.start ?? 0, end: comment.anchor.end ?? 0 }));
}
