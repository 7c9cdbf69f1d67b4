import { AuthProvider } from 'react-oidc-context';
import { ApiProvider } from '@/modules/api/components/ApiProvider';
import { AuthGate } from '@/modules/auth/components/AuthGate';
import { buildOidcConfig } from '@/modules/auth/utils/buildOidcConfig';
import type { RuntimeConfig } from '@/modules/config/utils/loadRuntimeConfig';
import { ViewerProvider } from '@/modules/viewer/components/ViewerProvider';
import { AppRouter } from './AppRouter';

export function App({ config }: { config: RuntimeConfig }) {
  return (
    <AuthProvider {...buildOidcConfig(config, window.location.origin)}>
      <AuthGate>
        <ApiProvider>
          <ViewerProvider>
            <AppRouter />
          </ViewerProvider>
        </ApiProvider>
      </AuthGate>
    </AuthProvider>
  );
}
