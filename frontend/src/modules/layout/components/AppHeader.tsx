import { Link } from 'react-router';
import { useSignOut } from '@/modules/auth/hooks/useSignOut';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { roleLabel } from '@/modules/viewer/utils/permissions';
import { MainNav } from './MainNav';
import { ThemeToggle } from './ThemeToggle';

export function AppHeader() {
  const viewer = useViewer();
  const signOut = useSignOut();
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to="/" className="app-header__brand">
          CarePulse <span className="app-header__org">{viewer.organization.name}</span>
        </Link>
        <div className="app-header__user">
          <span>
            <span className="app-header__name">{viewer.name ?? viewer.email}</span>
            <span className="app-header__roles">{viewer.roles.map(roleLabel).join(', ')}</span>
          </span>
          <ThemeToggle />
          <button type="button" className="button button--quiet" onClick={signOut}>
            Sign out
          </button>
        </div>
      </div>
      <MainNav roles={viewer.roles} />
    </header>
  );
}
