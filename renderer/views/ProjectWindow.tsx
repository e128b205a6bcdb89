// The project window: top bar, view navigation, the current view, and the codebook beside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodebookPanel } from '../components/CodebookPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useStore, type Store } from '../store';
import { DocumentsView } from './DocumentsView';
import { CodingView } from './CodingView';
import { CodebookView } from './CodebookView';
import { UndoButtons } from '../components/UndoButtons';
import { useUndoKeys } from '../components/use-undo-keys';
import { GlobalSearchBox } from '../components/search/GlobalSearchBox';
import { RetrievalView } from './RetrievalView';
import { SearchView } from './SearchView';
import { TablesView } from './TablesView';
import { PseudonymiseView } from './PseudonymiseView';
import { ExchangeMenu } from '../components/refi/ExchangeMenu';
import { CoderButton } from '../components/agreement/CoderButton';
import { CheckProjectButton } from '../components/project-file/CheckProject';
import { ProjectFileBanner } from '../components/project-file/ProjectFileBanner';

const SIDE_KEY = 'kvalkod.codebookPanel';
const VIEWS = [
  'documents',
  'coding',
  'retrieval',
  'search',
  'tables',
  'codebook',
  'pseudonymise',
] as const satisfies readonly Store['view'][];

export function ProjectWindow() {
  const { t } = useTranslation();
  const project = useStore((s) => s.project);
  useUndoKeys();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const closeProject = useStore((s) => s.closeProject);
  // A transcript being read needs the width; its speakers panel takes the codebook's place.
  const reading = useStore((s) => s.openDocument !== null && s.view === 'documents');
  const [sideOpen, setSideOpen] = useState(() => localStorage.getItem(SIDE_KEY) !== 'closed');
  const toggleSide = () => {
    localStorage.setItem(SIDE_KEY, sideOpen ? 'closed' : 'open');
    setSideOpen(!sideOpen);
  };
  const showSide = view === 'documents' && !reading && sideOpen;
  if (!project) return null;

  return (
    <div className={showSide ? 'project-window' : 'project-window no-side'}>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <h1 className="project-name" title={project.path}>
          {project.name}
        </h1>
        <div className="topbar-actions">
          <GlobalSearchBox />
          <UndoButtons />
          <ExchangeMenu />
          <CoderButton />
          <LanguageSwitch labelHidden />
          <button type="button" onClick={() => void closeProject()}>
            {t('project.close')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('project.navigation')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            className={v === view ? 'nav-item active' : 'nav-item'}
            aria-current={v === view ? 'page' : undefined}
            onClick={() => setView(v)}
          >
            {t(`project.${v}`)}
          </button>
        ))}
        <CheckProjectButton />
      </nav>
      <main className="workspace">
        <ProjectFileBanner />
        {view === 'documents' ? (
          <DocumentsView codebookShown={sideOpen} onToggleCodebook={toggleSide} />
        ) : view === 'coding' ? (
          <CodingView />
        ) : view === 'retrieval' ? (
          <RetrievalView />
        ) : view === 'search' ? (
          <SearchView />
        ) : view === 'tables' ? (
          <TablesView />
        ) : view === 'pseudonymise' ? (
          <PseudonymiseView />
        ) : (
          <CodebookView />
        )}
      </main>
      {showSide && (
        <aside className="side-panel" tabIndex={0} aria-label={t('codebook.title')}>
          <CodebookPanel />
        </aside>
      )}
    </div>
  );
}
