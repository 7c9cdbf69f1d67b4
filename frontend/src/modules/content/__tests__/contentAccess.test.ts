// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ContentStatus, Role } from '@/generated/graphql';
import {
  contentActionsFor,
  decidableKindsFor,
  mayComment,
  mayConfirmTakedown,
  mayOverridePhi,
  mayReview,
  reviewKindsFor,
} from '../utils/contentAccess';

// The transition table of content.graphqls (ContentStatus), as the server answers allowedTransitions.
const NEXT: Record<ContentStatus, ContentStatus[]> = {
  DRAFT: ['IN_REVIEW', 'ARCHIVED'],
  IN_REVIEW: ['APPROVED', 'IN_COMPLIANCE_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'DRAFT', 'ARCHIVED'],
  IN_COMPLIANCE_REVIEW: ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'DRAFT', 'ARCHIVED'],
  CHANGES_REQUESTED: ['DRAFT', 'IN_REVIEW', 'ARCHIVED'],
  REJECTED: ['ARCHIVED'],
  APPROVED: ['SCHEDULED', 'PUBLISHED', 'DRAFT', 'ARCHIVED'],
  SCHEDULED: ['APPROVED', 'PUBLISHED', 'DRAFT', 'ARCHIVED'],
  PUBLISHED: ['RETRACTED'],
  RETRACTED: ['ARCHIVED'],
  ARCHIVED: [],
};
const actions = (status: ContentStatus, roles: Role[]) =>
  contentActionsFor({ status, allowedTransitions: NEXT[status] }, roles);

describe('the actions a status offers a role', () => {
  it.each<[ContentStatus, string[]]>([
    ['DRAFT', ['edit', 'submit', 'archive']],
    ['IN_REVIEW', ['edit', 'archive']],
    ['CHANGES_REQUESTED', ['edit', 'submit', 'archive']],
    ['REJECTED', ['archive']],
    ['APPROVED', ['edit', 'schedule', 'publish', 'archive']],
    ['SCHEDULED', ['edit', 'unschedule', 'publish', 'archive']],
    ['PUBLISHED', ['correct', 'retract']],
    ['RETRACTED', ['archive']],
    ['ARCHIVED', []],
  ])('a marketer on an item %s may %j', (status, expected) => {
    expect(actions(status, ['MARKETER'])).toEqual(expected);
    expect(actions(status, ['ADMIN'])).toEqual(expected);
  });

  it('gives a compliance officer only the retraction of a published item', () => {
    expect(actions('PUBLISHED', ['COMPLIANCE_OFFICER'])).toEqual(['retract']);
    expect(actions('APPROVED', ['COMPLIANCE_OFFICER'])).toEqual([]);
    expect(mayConfirmTakedown(['COMPLIANCE_OFFICER'])).toBe(true);
  });

  it('gives a clinical reviewer no workflow step but the review', () => {
    for (const status of Object.keys(NEXT) as ContentStatus[])
      expect(actions(status, ['CLINICAL_REVIEWER'])).toEqual([]);
    expect(mayConfirmTakedown(['CLINICAL_REVIEWER'])).toBe(false);
  });
});

describe('comments, overrides and corrections', () => {
  it('lets every role that reads content comment, but only a compliance officer override a PHI finding', () => {
    for (const role of ['ADMIN', 'MARKETER', 'CLINICAL_REVIEWER', 'COMPLIANCE_OFFICER'] as Role[])
      expect(mayComment([role])).toBe(true);
    expect(mayComment(['ANALYST'])).toBe(false);
    expect(mayOverridePhi(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(mayOverridePhi(['ADMIN', 'MARKETER', 'CLINICAL_REVIEWER'])).toBe(false);
  });

  it('offers a correction of a published item only to those who write content', () => {
    expect(actions('PUBLISHED', ['MARKETER'])).toContain('correct');
    expect(actions('RETRACTED', ['MARKETER'])).not.toContain('correct');
    expect(actions('PUBLISHED', ['COMPLIANCE_OFFICER'])).not.toContain('correct');
  });
});

describe('reviews', () => {
  it('are decided by the clinical reviewer in clinical review and the compliance officer in compliance review', () => {
    expect(mayReview('IN_REVIEW', ['CLINICAL_REVIEWER'])).toBe(true);
    expect(mayReview('IN_REVIEW', ['COMPLIANCE_OFFICER'])).toBe(false);
    expect(mayReview('IN_COMPLIANCE_REVIEW', ['COMPLIANCE_OFFICER'])).toBe(true);
    expect(mayReview('IN_COMPLIANCE_REVIEW', ['CLINICAL_REVIEWER'])).toBe(false);
    expect(mayReview('APPROVED', ['CLINICAL_REVIEWER'])).toBe(false);
  });

  it('are never decided by admins or marketers, though admins see both queues', () => {
    expect(mayReview('IN_REVIEW', ['ADMIN'])).toBe(false);
    expect(decidableKindsFor(['ADMIN', 'MARKETER'])).toEqual([]);
    expect(reviewKindsFor(['ADMIN'])).toEqual(['CLINICAL', 'COMPLIANCE']);
    expect(reviewKindsFor(['CLINICAL_REVIEWER'])).toEqual(['CLINICAL']);
    expect(reviewKindsFor(['COMPLIANCE_OFFICER'])).toEqual(['COMPLIANCE']);
    expect(reviewKindsFor(['MARKETER'])).toEqual([]);
    expect(reviewKindsFor(['ANALYST'])).toEqual([]);
  });
});
