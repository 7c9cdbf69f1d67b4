import type { FeedbackSource, PhiType, UserErrorCode } from '@/generated/graphql';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';
import type { MarkedSpan } from './markedSegments';

interface Finding {
  code: UserErrorCode;
  phiType?: PhiType | null;
  start: number;
  end: number;
}

/** Who wrote to the organisation, as the reply guard's reasons name them. */
export const writerNoun = (source: FeedbackSource) => (source.endsWith('_REVIEW') ? 'reviewer' : 'writer');

/** A finding's type, said beside its characters in the draft: "suspected phone number". */
export function findingLabel(finding: Pick<Finding, 'code' | 'phiType'>): string {
  if (finding.code === 'PATIENT_RELATIONSHIP_DISCLOSED') return 'confirms a patient';
  return finding.phiType ? `suspected ${PHI_TYPE_LABELS[finding.phiType]}` : 'suspected PHI';
}

/** Why a finding blocks the reply, in the words hospital staff use. */
export function findingReason(code: UserErrorCode, source: FeedbackSource, phiType?: PhiType | null): string {
  if (code === 'PATIENT_RELATIONSHIP_DISCLOSED')
    return `This tells everyone the ${writerNoun(source)} is your patient.`;
  const label = phiType ? PHI_TYPE_LABELS[phiType] : null;
  const what = label ? `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}` : 'health information about someone';
  return `This looks like ${what}: leave personal details out of a reply.`;
}

export const findingSpans = (findings: readonly Finding[]): MarkedSpan[] =>
  findings.map((finding) => ({ start: finding.start, end: finding.end, label: findingLabel(finding) }));

/** The reply guard's codes: a userError with one of these refused the reply's text. */
export const isGuardCode = (code: UserErrorCode) =>
  code === 'PHI_SUSPECTED' || code === 'PATIENT_RELATIONSHIP_DISCLOSED';
