// Asks where a project file is or should go. The desktop app offers the system's file dialog
// (Browse…); the browser host, which has none, relies on the typed path.
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useStore } from '../store';

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
  const notifyError = useStore((s) => s.notifyError);
  const dir = appInfo?.defaultProjectDir ?? '';
  const sep = dir.includes('\\') ? '\\' : '/';
  const suggested = mode === 'example' ? t('pathDialog.exampleName') : t('pathDialog.defaultName');
  const [path, setPath] = useState(
    mode === 'open' ? `${dir}${sep}` : `${dir}${sep}${suggested}.kvalkod`,
  );
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const helpId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function browse() {
    try {
      const picked = await api.call('dialog.pickProjectPath', {
        mode: mode === 'open' ? 'open' : 'save',
        suggestedName: suggested,
      });
      if (picked.path) setPath(picked.path);
    } catch (err) {
      notifyError(err);
    }
  }

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const ok =
      mode === 'save'
        ? await createProject(path, empty)
        : mode === 'example'
          ? await createExample(path)
          : await openProject(path);
    if (ok) onDone();
  }

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
        <label htmlFor={inputId}>{t('pathDialog.pathLabel')}</label>
        <div className="path-row">
          <input
            id={inputId}
            type="text"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            aria-describedby={helpId}
            spellCheck={false}
            autoFocus
            required
          />
          {appInfo?.nativeDialogs && (
            <button type="button" onClick={() => void browse()}>
              {t('pathDialog.browse')}
            </button>
          )}
        </div>
        <p id={helpId} className="help">
          {t('pathDialog.pathHelp')}
        </p>
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
