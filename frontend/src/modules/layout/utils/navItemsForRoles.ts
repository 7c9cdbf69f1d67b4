import type { Role } from '@/generated/graphql';

export interface NavItem {
  to: string;
  label: string;
}

/** A page's entry in the main navigation, as its feature declares it (see src/app/features.ts). */
export interface NavEntry extends NavItem {
  /** Position in the navigation: lower first. */
  order: number;
  /** Who sees the entry; everyone when absent. */
  visibleTo?: (roles: readonly Role[]) => boolean;
}

/** The entries these roles may see, in order. */
export function navItemsForRoles(roles: readonly Role[], entries: readonly NavEntry[]): NavItem[] {
  return [...entries]
    .filter((entry) => !entry.visibleTo || entry.visibleTo(roles))
    .sort((a, b) => a.order - b.order)
    .map(({ to, label }) => ({ to, label }));
}

/**
 * The entry of the page shown: the one whose address is the longest leading part of the path, so
 * /content/calendar is Calendar's alone while /content/123 stays Content's; "/" only at "/".
 */
export function currentNavItem<I extends NavItem>(pathname: string, items: readonly I[]): I | undefined {
  const within = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  return items.filter((item) => within(item.to)).sort((a, b) => b.to.length - a.to.length)[0];
}
