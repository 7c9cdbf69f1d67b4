import { NavLink } from 'react-router';
import type { Role } from '@/generated/graphql';
import { navItemsForRoles } from '../utils/navItemsForRoles';

export function MainNav({ roles }: { roles: readonly Role[] }) {
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {navItemsForRoles(roles).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="main-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
