// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCreateContentInput, buildUpdateContentInput } from '../utils/contentFormToInput';
import { EMPTY_CONTENT_FORM, newCitationRow, newMediaRow, withChannels } from '../utils/contentFormValues';
import { validateContentForm } from '../utils/validateContentForm';

const valid = {
  ...EMPTY_CONTENT_FORM,
  title: 'Wash your hands',
  body: 'Soap and water, twenty seconds.',
  format: 'HEALTH_TIP' as const,
};

describe('validateContentForm', () => {
  it('asks for a title, a body and a format', () => {
    expect(validateContentForm(EMPTY_CONTENT_FORM)).toEqual({
      title: 'Enter a title',
      body: 'Write the body',
      format: 'Choose a format',
    });
    expect(validateContentForm(valid)).toEqual({});
  });

  it('refuses a channel text past its limit, under that channel', () => {
    const errors = validateContentForm({ ...valid, variants: [{ channel: 'X', text: 'a'.repeat(281) }] });
    expect(errors).toEqual({ 'variants.X': 'X posts can be at most 280 characters (this one has 281)' });
  });

  it('names the media row or citation that misses its address', () => {
    const errors = validateContentForm({
      ...valid,
      media: [newMediaRow({ kind: 'IMAGE', url: 'https://example.org/a.png' }), newMediaRow({ kind: 'VIDEO' })],
      citations: [newCitationRow('CDC', 'not a url')],
    });
    expect(errors.media).toBe('Item 2: Enter the address of the file, starting with https://');
    expect(errors.citations).toBe('Item 1: Enter the address of the source, starting with https://');
  });
});

describe('content form to input', () => {
  it('keeps the text of each channel that stays chosen and starts a newly chosen one empty', () => {
    const variants = withChannels([{ channel: 'X', text: 'Hi' }], ['X', 'FACEBOOK']);
    expect(withChannels(withChannels(variants, ['FACEBOOK']), ['FACEBOOK', 'X'])).toEqual([
      { channel: 'FACEBOOK', text: '' },
      { channel: 'X', text: '' },
    ]);
    expect(variants).toEqual([
      { channel: 'X', text: 'Hi' },
      { channel: 'FACEBOOK', text: '' },
    ]);
  });

  it('sends consents only for stories, and what each media kind needs', () => {
    const input = buildCreateContentInput({
      ...valid,
      consentIds: ['k1'],
      media: [newMediaRow({ kind: 'IMAGE', url: 'https://x.org/a.png', altText: 'A nurse', transcript: 'stale' })],
    });
    expect(input.consentIds).toEqual([]);
    expect(input.media).toEqual(
      [{ kind: 'IMAGE', url: 'https://x.org/a.png', altText: 'A nurse' }].map((m) => ({
        ...m,
        captionsUrl: null,
        transcript: null,
      })),
    );
    expect(input).not.toHaveProperty('campaignId');
  });

  it('sends on update only what changed', () => {
    const input = buildUpdateContentInput(valid, { ...valid, title: 'Wash your hands well' }, 'id1', 3);
    expect(input).toEqual({ id: 'id1', expectedVersion: 3, title: 'Wash your hands well' });
  });
});
