import { Link, useLocation } from 'react-router';
import './sectionNav.css';

export interface SectionLink {
  to: string;
  label: string;
}

/**
 * Links between the pages of one area (the settings' sections), under the page's heading: the
 * page shown is marked with aria-current and drawn filled, not by colour alone.
 */
export function SectionNav({ label, links }: { label: string; links: readonly SectionLink[] }) {
  const { pathname } = useLocation();
  return (
    <nav className="section-nav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              className={pathname === link.to ? 'button button--primary' : 'button'}
              aria-current={pathname === link.to ? 'page' : undefined}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
