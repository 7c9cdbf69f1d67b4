// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildUpdatePostingPolicyInput } from '../utils/postingPolicyFormToInput';
import {
  newDisclaimerRow,
  newHashtagsRow,
  postingPolicyToFormValues,
  samePostingPolicyValues,
  type PostingPolicyFormValues,
} from '../utils/postingPolicyFormValues';
import { routePostingPolicyUserErrors } from '../utils/routePostingPolicyUserErrors';
import { validatePostingPolicyForm } from '../utils/validatePostingPolicyForm';

const values = (overrides: Partial<PostingPolicyFormValues> = {}): PostingPolicyFormValues => ({
  text: 'We never give individual medical advice.',
  blockedPhrases: '',
  disclaimers: [],
  requiredHashtags: [],
  ...overrides,
});

describe('posting policy form validation', () => {
  it('accepts a policy with its text alone', () => {
    expect(validatePostingPolicyForm(values())).toEqual({});
  });

  it('asks for the text and keeps it to 20,000 characters', () => {
    expect(validatePostingPolicyForm(values({ text: '  ' }))).toEqual({ text: 'Enter the policy text' });
    expect(validatePostingPolicyForm(values({ text: 'a'.repeat(20_001) }))).toEqual({
      text: 'The text must be 20,000 characters or fewer',
    });
  });

  it('counts blocked phrases by line, ignoring blank lines and repeats', () => {
    const many = Array.from({ length: 201 }, (_, i) => `phrase ${i}`).join('\n');
    expect(validatePostingPolicyForm(values({ blockedPhrases: many })).blockedPhrases).toBe(
      'Enter 200 phrases or fewer',
    );
    expect(validatePostingPolicyForm(values({ blockedPhrases: 'cure\n\nCURE\n' }))).toEqual({});
    expect(validatePostingPolicyForm(values({ blockedPhrases: 'x'.repeat(201) })).blockedPhrases).toBe(
      'Each phrase must be 200 characters or fewer',
    );
  });

  it('names each disclaimer that needs fixing by its number', () => {
    const errors = validatePostingPolicyForm(
      values({
        disclaimers: [
          newDisclaimerRow('Not medical advice.'),
          newDisclaimerRow(' '),
          newDisclaimerRow('x'.repeat(501)),
        ],
      }),
    );
    expect(errors.disclaimers).toBe(
      'Disclaimer 2: enter the text the body must carry. Disclaimer 3: keep it to 500 characters or fewer.',
    );
  });

  it('wants a campaign and at least one hashtag per rule, one rule per campaign', () => {
    const errors = validatePostingPolicyForm(
      values({
        requiredHashtags: [
          newHashtagsRow('c1', '#FluShot'),
          newHashtagsRow('', '#Movember'),
          newHashtagsRow('c1', ' , '),
        ],
      }),
    );
    expect(errors.requiredHashtags).toBe(
      'Campaign rule 2: choose a campaign from the list. ' +
        'Campaign rule 3: this campaign already has a rule above; put all its hashtags there. ' +
        'Campaign rule 3: enter at least one hashtag.',
    );
  });
});

describe('posting policy input', () => {
  it('sends the whole policy, trimmed, with hashtags as the campaign form reads them', () => {
    const input = buildUpdatePostingPolicyInput(
      values({
        text: '  Be kind.  ',
        blockedPhrases: 'guaranteed cure\n\n miracle \nGuaranteed cure',
        disclaimers: [newDisclaimerRow(' Not medical advice. ', ['HEALTH_TIP'], ['Flu'])],
        requiredHashtags: [newHashtagsRow('c1', 'FluShot, #GetVaccinated')],
      }),
      3,
    );
    expect(input).toEqual({
      expectedVersion: 3,
      text: 'Be kind.',
      blockedPhrases: ['guaranteed cure', 'miracle'],
      disclaimers: [{ text: 'Not medical advice.', formats: ['HEALTH_TIP'], topics: ['Flu'] }],
      requiredHashtags: [{ campaignId: 'c1', hashtags: ['#FluShot', '#GetVaccinated'] }],
    });
  });

  it('reads a saved policy back into the same values, whatever keys the rows get', () => {
    const policy = {
      text: 'Be kind.',
      blockedPhrases: ['miracle'],
      disclaimers: [{ text: 'Not medical advice.', formats: ['HEALTH_TIP' as const], topics: [] }],
      requiredHashtags: [
        { campaign: { id: 'c1', name: 'Flu season' }, hashtags: ['#FluShot'] },
        { campaign: null, hashtags: ['#Gone'] },
      ],
    };
    const first = postingPolicyToFormValues(policy);
    expect(first.requiredHashtags.map((row) => [row.campaignId, row.hashtags])).toEqual([['c1', '#FluShot']]);
    expect(samePostingPolicyValues(first, postingPolicyToFormValues(policy))).toBe(true);
    expect(samePostingPolicyValues(first, { ...first, blockedPhrases: 'miracles' })).toBe(false);
  });
});

describe('posting policy user errors', () => {
  it('puts a row’s error on its group, named as the form numbers its rows', () => {
    const routed = routePostingPolicyUserErrors([
      { field: ['input', 'disclaimers', '1', 'text'], code: 'REQUIRED', message: 'Enter a disclaimer' },
      {
        field: ['input', 'blockedPhrases', '2'],
        code: 'TOO_LONG',
        message: 'Each blocked phrase must be 200 characters or fewer',
      },
      { field: ['input', 'text'], code: 'REQUIRED', message: 'Enter a text' },
    ]);
    expect(routed.map((error) => [error.field, error.message])).toEqual([
      [['input', 'disclaimers'], 'Disclaimer 2: Enter a disclaimer'],
      [['input', 'blockedPhrases'], 'Phrase 3: Each blocked phrase must be 200 characters or fewer'],
      [['input', 'text'], 'Enter a text'],
    ]);
  });

  it('names a campaign rule’s row, and for a hashtag which one, quoted from what was sent', () => {
    const long = `#${'Flu'.repeat(40)}`;
    const sent = {
      requiredHashtags: [
        { campaignId: 'c1', hashtags: ['#FluShot'] },
        { campaignId: 'c1', hashtags: ['#Flu', long] },
      ],
    };
    const routed = routePostingPolicyUserErrors(
      [
        {
          field: ['input', 'requiredHashtags', '1', 'campaignId'],
          code: 'INVALID',
          message: 'This campaign already has a hashtag rule: add the hashtags there',
        },
        {
          field: ['input', 'requiredHashtags', '1', 'hashtags', '1'],
          code: 'TOO_LONG',
          message: 'Each hashtag must be 101 characters or fewer',
        },
        {
          field: ['input', 'requiredHashtags', '0', 'hashtags'],
          code: 'INVALID',
          message: 'Enter 30 hashtags or fewer',
        },
      ],
      sent,
    );
    expect(routed.map((error) => [error.field, error.message])).toEqual([
      [
        ['input', 'requiredHashtags'],
        'Campaign rule 2: This campaign already has a hashtag rule: add the hashtags there',
      ],
      [
        ['input', 'requiredHashtags'],
        'Campaign rule 2, hashtag 2 (#FluFluFluFluFluFluFluFluFluF…): Each hashtag must be 101 characters or fewer',
      ],
      [['input', 'requiredHashtags'], 'Campaign rule 1: Enter 30 hashtags or fewer'],
    ]);
  });

  it('names a hashtag by its place alone when what was sent is not known', () => {
    const [routed] = routePostingPolicyUserErrors([
      {
        field: ['input', 'requiredHashtags', '0', 'hashtags', '2'],
        code: 'REQUIRED',
        message: 'Each hashtag needs some text',
      },
    ]);
    expect(routed.message).toBe('Campaign rule 1, hashtag 3: Each hashtag needs some text');
  });
});
