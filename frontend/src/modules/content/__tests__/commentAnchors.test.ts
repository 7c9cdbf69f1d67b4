// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  anchorInput,
  anchorLabel,
  anchorMoved,
  anchorTargets,
  locateWords,
  openBodySpans,
} from '../utils/commentAnchors';
import { highlightSegments } from '../utils/commentHighlights';
import { validateCommentForm } from '../utils/commentForm';
import { contentComment, contentDetail } from './contentFixtures';

const content = contentDetail();

describe('comment anchors', () => {
  it('offer the title, the body, each channel’s text and each media item, in the page’s order', () => {
    expect(anchorTargets(content).map((option) => `${option.value}=${option.label}`)).toEqual([
      'TITLE=Title',
      'BODY=Body',
      'VARIANT:INSTAGRAM=Instagram text',
      'VARIANT:X=X text',
      'MEDIA:0=Media 1: image',
    ]);
  });

  it('send a span for the title or body and the channel or media item otherwise', () => {
    expect(anchorInput('BODY', { start: 30, end: 44 })).toEqual({ kind: 'BODY', start: 30, end: 44 });
    expect(anchorInput('VARIANT:INSTAGRAM')).toEqual({ kind: 'VARIANT', channel: 'INSTAGRAM' });
    expect(anchorInput('MEDIA:0')).toEqual({ kind: 'MEDIA', mediaIndex: 0 });
  });

  it('keep the selected place of words that appear twice, and find typed words where they first appear', () => {
    const text = 'wash, then wash again';
    expect(locateWords(text, 'wash', { start: 11, end: 15 })).toEqual({ start: 11, end: 15 });
    expect(locateWords(text, 'wash', null)).toEqual({ start: 0, end: 4 });
    // The words were edited after selecting: the selection no longer holds them.
    expect(locateWords(text, 'then', { start: 11, end: 15 })).toEqual({ start: 6, end: 10 });
    expect(locateWords(text, 'scrub', null)).toBeNull();
  });

  it('name what a comment is about in words', () => {
    expect(anchorLabel(contentComment().anchor, content)).toBe('Body');
    const variant = {
      kind: 'VARIANT' as const,
      start: null,
      end: null,
      channel: 'X' as const,
      mediaIndex: null,
      quote: null,
    };
    expect(anchorLabel(variant, content)).toBe('X text');
    expect(anchorLabel({ ...variant, kind: 'MEDIA', channel: null, mediaIndex: 0 }, content)).toBe('Media 1: image');
  });

  it('notice when the quoted words left their place after an edit, and highlight only comments still in place', () => {
    const comment = contentComment();
    expect(anchorMoved(comment.anchor, content)).toBe(false);
    const edited = { ...content, body: 'Use soap and water.\nScrub for 20 seconds.' };
    expect(anchorMoved(comment.anchor, edited)).toBe(true);
    expect(openBodySpans([comment], content)).toEqual([{ id: 'comment-1', start: 30, end: 44 }]);
    expect(openBodySpans([comment], edited)).toEqual([]);
    expect(openBodySpans([{ ...comment, resolved: true }], content)).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('cuts the text where spans begin and end, overlapping spans marking each word once', () => {
    expect(
      highlightSegments('scrub for twenty seconds', [
        { id: 'a', start: 6, end: 16 },
        { id: 'b', start: 10, end: 24 },
      ]),
    ).toEqual([
      { text: 'scrub ', commentIds: [] },
      { text: 'for ', commentIds: ['a'] },
      { text: 'twenty', commentIds: ['a', 'b'] },
      { text: ' seconds', commentIds: ['b'] },
    ]);
  });

  it('leaves a text without spans whole, and clamps spans past its end', () => {
    expect(highlightSegments('soap', [])).toEqual([{ text: 'soap', commentIds: [] }]);
    expect(highlightSegments('soap', [{ id: 'a', start: 2, end: 99 }]).map((s) => s.text)).toEqual(['so', 'ap']);
  });
});

describe('validateCommentForm', () => {
  const values = { target: 'BODY' as const, words: 'twenty seconds', selected: null, text: 'Use digits.' };

  it('accepts words that are in the body and a comment', () => {
    expect(validateCommentForm(values, content)).toEqual({});
  });

  it('asks for the words, words that are really there, and the comment itself', () => {
    expect(validateCommentForm({ ...values, words: '', text: ' ' }, content)).toEqual({
      words: 'Select or type the words of the body the comment is about',
      text: 'Write your comment',
    });
    expect(validateCommentForm({ ...values, target: 'TITLE' }, content).words).toBe(
      'These words are not in the title: copy them exactly as they appear',
    );
  });

  it('needs no words for a channel’s text or a media item', () => {
    expect(validateCommentForm({ ...values, target: 'VARIANT:X', words: '' }, content)).toEqual({});
  });
});
