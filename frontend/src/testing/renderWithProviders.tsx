import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Client } from 'urql';
import { Provider } from 'urql';
import { ViewerContext, type Viewer } from '@/modules/viewer/contexts/ViewerContext';

interface Options {
  client: Client;
  viewer: Viewer;
  /** Route pattern the element is mounted at, e.g. /campaigns/:id */
  path?: string;
  url?: string;
}

/** Renders a page as the app would: GraphQL client, signed-in viewer, router. */
export function renderWithProviders(element: ReactElement, { client, viewer, path = '/', url = path }: Options) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [url] },
  );
  const result = render(
    <Provider value={client}>
      <ViewerContext.Provider value={viewer}>
        <RouterProvider router={router} />
      </ViewerContext.Provider>
    </Provider>,
  );
  return { ...result, router };
}
