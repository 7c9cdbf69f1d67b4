import type { AccessibilityState } from '@/app/accessibilityStates';

// The demo data seeds Riverside's consents, so the detail page (the full record an admin reads) is
// checked here too; the scope a marketer sees and the form with errors are checked with axe in
// marketer-sees-consent-scope-only and incomplete-consent-is-refused.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'consent list', steps: [{ goto: '/consents' }] },
  { name: 'consent detail', steps: [{ openFirstRow: '/consents' }] },
  { name: 'consent record form', steps: [{ goto: '/consents/new' }, { expectButton: 'Record consent' }] },
  { name: 'consent signing requests', steps: [{ goto: '/consents/requests' }] },
  // The demo data seeds a request waiting for its signature.
  { name: 'consent signing request detail', steps: [{ openFirstRow: '/consents/requests' }] },
  {
    name: 'consent signing request form',
    steps: [{ goto: '/consents/requests/new' }, { expectButton: 'Create signing link' }],
  },
];
