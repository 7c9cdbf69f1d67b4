import { useEffect, useState, type ReactElement } from 'react';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { FullPageMessage } from '@/ui/layout/FullPageMessage';

/**
 * The public side (`app/publicPages`): a page anyone may open, without sign-in. Rendered instead
 * of <App>, from a chunk of its own, so neither the OIDC provider nor the staff app is ever loaded
 * for it. `page` is the page being loaded (`loadPublicPage`), undefined when the path opens none.
 */
export function PublicApp({ page }: { page: Promise<ReactElement> | undefined }) {
  if (!page) {
    return (
      <FullPageMessage title="Page not found">
        <p>Check the address you were given: the live session’s, or the link the clinic sent you.</p>
      </FullPageMessage>
    );
  }
  return <Page page={page} />;
}

/** The page once its chunk has loaded (without React's `use`, so the public side also runs on Preact). */
function Page({ page }: { page: Promise<ReactElement> }) {
  const [loaded, setLoaded] = useState<{ page: Promise<ReactElement>; element: ReactElement }>();
  useEffect(() => {
    let current = true;
    void page.then((element) => {
      if (current) setLoaded({ page, element });
    });
    return () => {
      current = false;
    };
  }, [page]);
  return loaded?.page === page ? loaded.element : <LoadingState />;
}
