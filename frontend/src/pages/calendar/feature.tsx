import type { Feature } from '@/app/feature';
import { canSeeContentCalendar } from '@/modules/viewer/utils/permissions';

/** The content calendar, beside Content in the navigation (its address is under /content). */
// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'content/calendar',
      lazy: () => import('./ContentCalendarPage').then((page) => ({ Component: page.ContentCalendarPage })),
    },
  ],
  nav: { to: '/content/calendar', label: 'Calendar', order: 16, visibleTo: canSeeContentCalendar },
};
