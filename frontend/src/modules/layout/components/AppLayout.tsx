import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { AppHeader } from './AppHeader';

/** Skip link, header with navigation, and the page in <main>. */
export function AppLayout() {
  const { pathname } = useLocation();
  // The next page's chunk is on its way (lazy routes): the current page stays until it is there.
  const loadingNextPage = useNavigation().state === 'loading';
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppHeader />
      <main id="main" className="page" tabIndex={-1}>
        {loadingNextPage && <LoadingState />}
        <Outlet />
      </main>
    </>
  );
}
