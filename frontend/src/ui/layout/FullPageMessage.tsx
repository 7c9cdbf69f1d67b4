import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/** A centred page outside the app shell: sign-in progress, start-up failures. */
export function FullPageMessage({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <main className="full-page-message">
      <p className="brand">CarePulse</p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}
