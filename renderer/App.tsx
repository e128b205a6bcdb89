// Top level: the start screen until a project is open, then the project window. The project
// window (coding, tables, codebook, ...) is a chunk of its own, fetched while the start screen is
// shown, so the first screen paints from a small script.
import { lazy, Suspense, useEffect } from 'react';
import { Notifications } from './components/Notifications';
import { useStore } from './store';
import { StartScreen } from './views/StartScreen';

const loadProjectWindow = () => import('./views/ProjectWindow');
const ProjectWindow = lazy(() => loadProjectWindow().then((m) => ({ default: m.ProjectWindow })));

export function App() {
  const project = useStore((s) => s.project);
  const loadStart = useStore((s) => s.loadStart);
  const takeOpenRequest = useStore((s) => s.takeOpenRequest);
  useEffect(() => {
    void loadStart().then(takeOpenRequest);
    // Fetched ahead, once the start screen is up: opening a project then waits for no download.
    void loadProjectWindow();
    // A second launch (or a double-clicked file) focuses this window and leaves its file to open.
    const onFocus = () => void takeOpenRequest();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [loadStart, takeOpenRequest]);

  return (
    <>
      {project ? (
        <Suspense fallback={null}>
          <ProjectWindow />
        </Suspense>
      ) : (
        <StartScreen />
      )}
      <Notifications />
    </>
  );
}
