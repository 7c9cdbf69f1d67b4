import { use } from 'react';
import { NavLink } from 'react-router';
import type { Role } from '@/generated/graphql';
import { NavEntriesContext } from '../contexts/NavEntriesContext';
import { navItemsForRoles } from '../utils/navItemsForRoles';

export function MainNav({ roles }: { roles: readonly Role[] }) {
  const entries = use(NavEntriesContext);
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {navItemsForRoles(roles, entries).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
