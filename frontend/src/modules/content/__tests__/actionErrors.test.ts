// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeActionError, errorsBySection } from '../utils/actionErrors';
import { validateReviewDecision } from '../utils/reviewDecision';

const content = {
  title: 'Maria’s story',
  body: 'Maria, born 03/14/1985, was treated for asthma.',
  variants: [{ channel: 'FACEBOOK' as const, text: 'Call 555-201-0134', length: 17, limit: 63206 }],
  media: [],
  phiFindings: [
    {
      field: 'body',
      type: 'PERSONAL_DATE' as const,
      severity: 'HIGH' as const,
      start: 12,
      end: 22,
      coveredByConsent: false,
      overridden: false,
    },
    {
      field: 'body',
      type: 'PERSON_NAME' as const,
      severity: 'MEDIUM' as const,
      start: 0,
      end: 5,
      coveredByConsent: true,
      overridden: false,
    },
    {
      field: 'variants.FACEBOOK',
      type: 'PHONE' as const,
      severity: 'HIGH' as const,
      start: 5,
      end: 17,
      coveredByConsent: false,
      overridden: false,
    },
  ],
};

describe('describeActionError', () => {
  it('quotes the blocking findings of the field a PHI_SUSPECTED names, not the covered ones', () => {
    const error = describeActionError(
      { field: ['body'], code: 'PHI_SUSPECTED', message: 'Possible personal date at characters 13–22 of the body' },
      content,
    );
    expect(error.section).toBe('body');
    expect(error.text).toMatch(/^Possible protected health information: /);
    expect(error.findings).toEqual(['Possible personal date: “03/14/1985”']);
  });

  it('leaves out a finding a compliance officer overrode', () => {
    const overridden = {
      ...content,
      phiFindings: content.phiFindings.map((finding) => ({ ...finding, overridden: finding.start === 12 })),
    };
    const error = describeActionError({ field: ['body'], code: 'PHI_SUSPECTED', message: 'm' }, overridden);
    expect(error.findings).toEqual([]);
  });

  it('says that open review comments block an approval and points at the comments', () => {
    const error = describeActionError(
      { field: ['comments'], code: 'COMMENTS_OPEN', message: 'Resolve the 2 open comments before approving' },
      content,
    );
    expect(error).toEqual({
      text: 'Open review comments block approval: Resolve the 2 open comments before approving',
      section: 'comments',
      findings: [],
    });
  });

  it('finds a channel text’s finding and names its section', () => {
    const error = describeActionError(
      { field: ['variants', 'FACEBOOK'], code: 'PHI_SUSPECTED', message: 'm' },
      content,
    );
    expect(error.section).toBe('variants.FACEBOOK');
    expect(error.findings).toEqual(['Possible phone number: “555-201-0134”']);
  });

  it('says in words why a consent, an approval or a second pair of eyes is missing', () => {
    const consent = describeActionError(
      { field: ['consentIds'], code: 'CONSENT_MISSING', message: 'Link the consent' },
      content,
    );
    expect(consent).toEqual({
      text: 'No consent authorizes this story: Link the consent',
      section: 'consents',
      findings: [],
    });
    expect(
      describeActionError({ field: ['contentId'], code: 'APPROVAL_EXPIRED', message: 'Changed' }, content).text,
    ).toBe('The approval no longer holds: Changed');
    expect(describeActionError({ field: null, code: 'SELF_APPROVAL', message: 'You wrote it' }, content).text).toBe(
      'Someone else must review this: You wrote it',
    );
    expect(
      describeActionError(
        { field: ['input', 'media', '0', 'altText'], code: 'CONTENT_INCOMPLETE', message: 'Alt' },
        content,
      ).section,
    ).toBe('media');
  });

  it('groups errors by the section they are about and leaves out those about none', () => {
    const errors = [
      describeActionError({ field: ['body'], code: 'PHI_SUSPECTED', message: 'a' }, content),
      describeActionError({ field: ['contentId'], code: 'APPROVAL_EXPIRED', message: 'b' }, content),
    ];
    expect(Object.keys(errorsBySection(errors))).toEqual(['body']);
  });
});

describe('validateReviewDecision', () => {
  it('requires notes unless approving', () => {
    expect(validateReviewDecision('APPROVE', '')).toBeUndefined();
    expect(validateReviewDecision('REQUEST_CHANGES', '  ')).toBe('Say what to change and why');
    expect(validateReviewDecision('REJECT', 'Not evidence-based')).toBeUndefined();
  });
});
