import type { RouteObject } from 'react-router';
import type { NavEntry } from '@/modules/layout/utils/navItemsForRoles';

/**
 * What a feature adds to the app, declared in `src/pages/<feature>/feature.tsx` and found there
 * by `src/app/features.ts`: adding a feature touches no shared file.
 */
export interface Feature {
  /** Routes inside the signed-in layout (header, navigation). */
  routes: RouteObject[];
  /** Signed-in routes shown full screen, without the layout (a projector view). */
  fullScreenRoutes?: RouteObject[];
  /** The feature's entry in the main navigation, if it has one. */
  nav?: NavEntry;
}
