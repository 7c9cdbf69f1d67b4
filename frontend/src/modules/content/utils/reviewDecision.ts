import type { ReviewDecision } from '@/generated/graphql';

/** Notes are required to request changes or reject: the author must know what to change. */
export function validateReviewDecision(decision: ReviewDecision, notes: string): string | undefined {
  if (decision !== 'APPROVE' && !notes.trim()) return 'Say what to change and why';
  return undefined;
}
