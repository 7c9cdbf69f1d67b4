import { Suspense } from 'react';
import { homePanelsFor } from '@/app/feature';
import { features } from '@/app/features';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/home/styles/home.css';

/** Every role's landing page: the panels the features contribute that this viewer may see. */
export function HomePage() {
  const viewer = useViewer();
  const panels = homePanelsFor(viewer.roles, features);
  return (
    <>
      <PageHeading title="Home" description={viewer.name ? `Welcome back, ${viewer.name}.` : undefined} />
      <div className="home-grid">
        {panels.map((panel) => (
          <section key={panel.id} className="panel home-panel" aria-labelledby={`home-${panel.id}`}>
            <h2 id={`home-${panel.id}`}>{panel.title}</h2>
            <Suspense fallback={<LoadingState label={`Loading ${panel.title.toLowerCase()}…`} />}>
              <panel.component />
            </Suspense>
          </section>
        ))}
      </div>
    </>
  );
}
