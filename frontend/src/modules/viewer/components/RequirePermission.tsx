import type { ReactNode } from 'react';
import { NotAllowedMessage } from '@/ui/layout/NotAllowedMessage';

/** Hides a page the viewer's roles cannot use; the API enforces the same rule on every call. */
export function RequirePermission({
  allowed,
  what,
  children,
}: {
  allowed: boolean;
  what: string;
  children: ReactNode;
}) {
  return allowed ? <>{children}</> : <NotAllowedMessage what={what} />;
}
