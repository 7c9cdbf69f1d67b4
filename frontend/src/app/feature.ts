import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '@/generated/graphql';
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
  /**
   * The feature's entry in the main navigation, if it has one, or its entries: a task list of the
   * feature's own (content's take-downs) sits beside the feature's main page.
   */
  nav?: NavEntry | readonly NavEntry[];
  /** What the feature shows on the signed-in home page (what is live now, what needs me …). */
  homePanels?: HomePanel[];
}

/** A panel of the home page, declared by the feature it belongs to. */
export interface HomePanel {
  /** Unique across features, e.g. `live-sessions.on-air`. */
  id: string;
  /** The panel's heading. */
  title: string;
  /** Position on the page: lower first. */
  order: number;
  /** Who sees the panel (from the schema-derived permissions); everyone when absent. */
  visibleTo?: (roles: readonly Role[]) => boolean;
  component: ComponentType;
}

/** The panels of these features these roles may see, in order. */
export function homePanelsFor(roles: readonly Role[], features: readonly Feature[]): HomePanel[] {
  return features
    .flatMap((feature) => feature.homePanels ?? [])
    .filter((panel) => !panel.visibleTo || panel.visibleTo(roles))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
