import type { Channel, ConsentPurposeKind, ContentDetailFragment, ContentFormat, MediaKind } from '@/generated/graphql';

export interface VariantRow {
  channel: Channel;
  text: string;
}

export interface MediaRow {
  /** Stable React key for a row that has no id of its own. */
  key: string;
  kind: MediaKind | '';
  url: string;
  altText: string;
  captionsUrl: string;
  transcript: string;
}

export interface CitationRow {
  key: string;
  title: string;
  url: string;
}

/** What the content editor edits: strings as typed, lists as chosen. */
export interface ContentFormValues {
  title: string;
  body: string;
  format: ContentFormat | '';
  topics: string[];
  campaignId: string;
  segmentIds: string[];
  language: string;
  /** One text per chosen channel, in the order chosen. */
  variants: VariantRow[];
  media: MediaRow[];
  citations: CitationRow[];
  /** '' leaves it to the campaign's objective. */
  purpose: ConsentPurposeKind | '';
  consentIds: string[];
}

/** A channel's text is reported on as `variants.<CHANNEL>` (see routeContentUserErrors). */
export type VariantField = `variants.${Channel}`;

/** The form fields a userError can point at. */
export const CONTENT_FORM_FIELDS = [
  'title',
  'body',
  'format',
  'topics',
  'campaignId',
  'segmentIds',
  'language',
  'variants',
  'variants.FACEBOOK',
  'variants.INSTAGRAM',
  'variants.X',
  'variants.LINKEDIN',
  'variants.YOUTUBE',
  'variants.TIKTOK',
  'media',
  'citations',
  'purpose',
  'consentIds',
] as const;

export type ContentFormField = (typeof CONTENT_FORM_FIELDS)[number];

let rowCounter = 0;
const nextKey = (prefix: string) => `${prefix}-${++rowCounter}`;

export const newMediaRow = (row: Partial<Omit<MediaRow, 'key'>> = {}): MediaRow => ({
  key: nextKey('media'),
  kind: '',
  url: '',
  altText: '',
  captionsUrl: '',
  transcript: '',
  ...row,
});

export const newCitationRow = (title = '', url = ''): CitationRow => ({ key: nextKey('citation'), title, url });

export const EMPTY_CONTENT_FORM: ContentFormValues = {
  title: '',
  body: '',
  format: '',
  topics: [],
  campaignId: '',
  segmentIds: [],
  language: 'en-US',
  variants: [],
  media: [],
  citations: [],
  purpose: '',
  consentIds: [],
};

export function contentToFormValues(content: ContentDetailFragment): ContentFormValues {
  return {
    title: content.title,
    body: content.body,
    format: content.format,
    topics: [...content.topics],
    campaignId: content.campaign?.id ?? '',
    segmentIds: content.segments.map((segment) => segment.id),
    language: content.language,
    variants: content.variants.map(({ channel, text }) => ({ channel, text })),
    media: content.media.map((media) =>
      newMediaRow({
        kind: media.kind,
        url: media.url,
        altText: media.altText ?? '',
        captionsUrl: media.captionsUrl ?? '',
        transcript: media.transcript ?? '',
      }),
    ),
    citations: content.citations.map((citation) => newCitationRow(citation.title, citation.url)),
    purpose: content.purpose,
    consentIds: content.consents.map((consent) => consent.id),
  };
}

/** The chosen channels, in the order chosen, each keeping its text while it stays chosen. */
export function withChannels(variants: readonly VariantRow[], channels: readonly Channel[]): VariantRow[] {
  return channels.map((channel) => variants.find((row) => row.channel === channel) ?? { channel, text: '' });
}
