import { useContext } from 'react';
import { ViewerContext, type Viewer } from '../contexts/ViewerContext';

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used inside <ViewerProvider>.');
  return viewer;
}
