import type { AccessibilityState } from '@/app/accessibilityStates';

// The detail page needs a consent: until the demo data seeds one, its states (the full record, the
// scope a marketer sees) and the form with errors are checked with axe in the consent specs
// (compliance-officer-records-consent, marketer-sees-consent-scope-only, incomplete-consent-is-refused).
export const accessibilityStates: AccessibilityState[] = [
  { name: 'consent list', steps: [{ goto: '/consents' }] },
  { name: 'consent record form', steps: [{ goto: '/consents/new' }, { expectButton: 'Record consent' }] },
];
