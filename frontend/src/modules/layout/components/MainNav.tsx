import { use } from 'react';
import { Link, useLocation } from 'react-router';
import type { Role } from '@/generated/graphql';
import { NavEntriesContext } from '../contexts/NavEntriesContext';
import { currentNavItem, navItemsForRoles } from '../utils/navItemsForRoles';

export function MainNav({ roles }: { roles: readonly Role[] }) {
  const entries = use(NavEntriesContext);
  const { pathname } = useLocation();
  const items = navItemsForRoles(roles, entries);
  // One entry is the current page, even where one address lies under another (Content, Calendar).
  const current = currentNavItem(pathname, items);
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="main-nav__link" aria-current={item === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
