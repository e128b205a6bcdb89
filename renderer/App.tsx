// Top level: the start screen until a project is open, then the project window.
import { useEffect } from 'react';
import { Notifications } from './components/Notifications';
import { useStore } from './store';
import { ProjectWindow } from './views/ProjectWindow';
import { StartScreen } from './views/StartScreen';

export function App() {
  const project = useStore((s) => s.project);
  const loadStart = useStore((s) => s.loadStart);
  useEffect(() => {
    void loadStart();
  }, [loadStart]);

  return (
    <>
      {project ? <ProjectWindow /> : <StartScreen />}
      <Notifications />
    </>
  );
}
