// Asks where a project file is or should go. The desktop app offers the system's file dialog
// (Browse…); the browser host, which has none, relies on the typed path. A new project's path is
// checked as it is typed: a folder that does not exist yet will be created, a taken name is said.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { ProjectPathCheck } from '../../shared/api/types';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { defaultProjectPath, ProjectPathField } from './ProjectPathField';

export type PathDialogMode = 'save' | 'open' | 'example';

interface Props {
  mode: PathDialogMode;
  onDone: () => void;
}

export function PathDialog({ mode, onDone }: Props) {
  const { t } = useTranslation();
  const appInfo = useStore((s) => s.appInfo);
  const busy = useStore((s) => s.busy);
  const createProject = useStore((s) => s.createProject);
  const openProject = useStore((s) => s.openProject);
  const createExample = useStore((s) => s.createExample);
  const dir = appInfo?.defaultProjectDir ?? '';
  const suggested = mode === 'example' ? t('pathDialog.exampleName') : t('pathDialog.defaultName');
  const [path, setPath] = useState(defaultProjectPath(dir, mode === 'open' ? '' : suggested));
  const [empty, setEmpty] = useState(false);
  const [coded, setCoded] = useState(true);
  // What the last check found, and for which typed path (a stale answer is not shown).
  const [checked, setChecked] = useState<{ typed: string; found: ProjectPathCheck | null }>();
  const checkProjectPath = useStore((s) => s.checkProjectPath);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (mode === 'open' || path.trim() === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void checkProjectPath(path).then((found) => current && setChecked({ typed: path, found }));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [mode, path, checkProjectPath]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const ok =
      mode === 'save'
        ? await createProject(path, empty)
        : mode === 'example'
          ? await createExample(path, coded)
          : await openProject(path);
    if (ok) onDone();
  }

  const check = mode !== 'open' && checked?.typed === path ? checked.found : null;

  const title = {
    save: t('pathDialog.newTitle'),
    open: t('pathDialog.openTitle'),
    example: t('pathDialog.exampleTitle'),
  }[mode];
  const submitLabel = {
    save: t('pathDialog.create'),
    open: t('pathDialog.open'),
    example: t('pathDialog.createExample'),
  }[mode];
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onDone}>
      <form onSubmit={(e) => void submit(e)}>
        <h2>{title}</h2>
        <ProjectPathField
          label={t('pathDialog.pathLabel')}
          help={t('pathDialog.pathHelp')}
          value={path}
          onChange={setPath}
          mode={mode === 'open' ? 'open' : 'save'}
          suggestedName={suggested}
          autoFocus
        />
        {check?.taken ? (
          <p className="path-note warning" role="status">
            {t('pathDialog.taken', { path: check.path })}
          </p>
        ) : (
          check &&
          !check.folderExists && (
            <p className="path-note" role="status">
              {t('pathDialog.newFolder', { folder: check.folder })}
            </p>
          )
        )}
        {mode === 'example' && (
          <label className="checkbox">
            <input type="checkbox" checked={coded} onChange={(e) => setCoded(e.target.checked)} />
            {t('pathDialog.exampleCoded')}
          </label>
        )}
        {mode === 'save' && (
          <label className="checkbox">
            <input type="checkbox" checked={empty} onChange={(e) => setEmpty(e.target.checked)} />
            {t('pathDialog.emptyCodebook')}
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('pathDialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
