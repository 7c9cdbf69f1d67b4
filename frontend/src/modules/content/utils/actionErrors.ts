import type { ContentDetailFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { describeFinding, fieldText } from './phiFindings';
import { errorSection } from './routeContentUserErrors';

/** What each expected refusal means, before the server's own words about this item. */
const LEADS: Partial<Record<UserErrorFieldsFragment['code'], string>> = {
  PHI_SUSPECTED: 'Possible protected health information',
  CONSENT_MISSING: 'No consent authorizes this story',
  APPROVAL_EXPIRED: 'The approval no longer holds',
  CONTENT_INCOMPLETE: 'Something is missing before review',
  COMMENTS_OPEN: 'Open review comments block approval',
  SELF_APPROVAL: 'Someone else must review this',
  POLICY_NOT_ACKNOWLEDGED: 'The posting policy comes first',
  // Not always this item's status: a correction under way, or an original no longer published.
  INVALID_STATE: 'Not possible now',
};

export interface ActionError {
  /** The lead in words and the server's message: "The approval no longer holds: The item changed since …". */
  text: string;
  /** The detail page's section the error is about (body, variants.X, consents …), if any. */
  section: string | null;
  /** For a PHI finding: each blocking finding of that field, with the flagged characters quoted. */
  findings: string[];
}

type Findable = Pick<ContentDetailFragment, 'title' | 'body' | 'variants' | 'media' | 'phiFindings'>;

/** An action's userError in words, with what it points at on the page. */
export function describeActionError(error: UserErrorFieldsFragment, content: Findable): ActionError {
  const section = errorSection(error);
  const lead = LEADS[error.code];
  const text = lead ? `${lead}: ${error.message}` : error.message;
  const field = (error.field ?? []).filter((segment) => segment !== 'input').join('.');
  const findings =
    error.code === 'PHI_SUSPECTED'
      ? content.phiFindings
          .filter((finding) => finding.field === field && !finding.coveredByConsent && !finding.overridden)
          .map((finding) => describeFinding(fieldText(content, field), finding))
      : [];
  return { text, section, findings: [...new Set(findings)] };
}

/** The errors of an action grouped by the section they are about, for showing beside that section. */
export function errorsBySection(errors: readonly ActionError[]): Record<string, ActionError[]> {
  const grouped: Record<string, ActionError[]> = {};
  for (const error of errors) if (error.section) (grouped[error.section] ??= []).push(error);
  return grouped;
}
