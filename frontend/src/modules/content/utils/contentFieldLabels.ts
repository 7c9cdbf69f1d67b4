import type { ContentFormField } from './contentFormValues';

export const CONTENT_FIELD_LABELS: Record<ContentFormField, string> = {
  title: 'Title',
  body: 'Body',
  format: 'Format',
  topics: 'Topics',
  campaignId: 'Campaign',
  segmentIds: 'Audience segments',
  language: 'Language',
  variants: 'Channels',
  'variants.FACEBOOK': 'Facebook text',
  'variants.INSTAGRAM': 'Instagram text',
  'variants.X': 'X text',
  'variants.LINKEDIN': 'LinkedIn text',
  'variants.YOUTUBE': 'YouTube text',
  'variants.TIKTOK': 'TikTok text',
  media: 'Media',
  citations: 'Citations',
  purpose: 'Purpose',
  consentIds: 'Consents',
};
