import type { AccessibilityState } from '@/app/accessibilityStates';

const DEMO_SESSION = 'Ask a pediatrician: winter colds and flu';
/** The demo's session on air: the console offers its polls. */
const LIVE_DEMO_SESSION = 'Flu shot season: ask our pharmacist';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'live session list', steps: [{ goto: '/live-sessions' }] },
  {
    name: 'live session detail (share panel, edit link)',
    steps: [{ goto: '/live-sessions' }, { clickLink: DEMO_SESSION }, { expectButton: 'Start session' }],
  },
  {
    name: 'live session edit form',
    steps: [{ clickLink: 'Edit session' }, { expectHeading: `Edit ${DEMO_SESSION}` }],
  },
  {
    name: 'moderator console (queues, search, bulk bar)',
    steps: [
      { goto: '/live-sessions' },
      { clickLink: DEMO_SESSION },
      { clickLink: 'Moderator console' },
      { expectHeading: `Moderate: ${DEMO_SESSION}` },
      { expectButton: 'Rejected' },
    ],
  },
  {
    // The form opened, nothing launched: the demo session keeps no poll of this check's.
    name: 'moderator console poll panel with the launch form',
    steps: [
      { goto: '/live-sessions' },
      { clickLink: LIVE_DEMO_SESSION },
      { clickLink: 'Moderator console' },
      { expectHeading: `Moderate: ${LIVE_DEMO_SESSION}` },
      { clickButton: 'New poll' },
      { expectButton: 'Launch poll' },
    ],
  },
  { name: 'live session create form', steps: [{ goto: '/live-sessions/new' }] },
  {
    name: 'audience join page',
    steps: [{ goto: '/live/NOSUCHCD' }, { expectHeading: 'Join the live Q&A' }],
  },
];
