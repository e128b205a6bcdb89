// First step of an import: files or whole folders, from a dialog or dropped on the window.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, host } from '../../api/client';
import { useStore } from '../../store';
import { DropZone } from '../DropZone';

export const ACCEPTED = '.docx,.txt,.md,.odt,.rtf';

export function ChooseFiles() {
  const { t } = useTranslation();
  const chooseFiles = useStore((s) => s.chooseFiles);
  const choosePaths = useStore((s) => s.choosePaths);
  const close = useStore((s) => s.closeImport);
  const notifyError = useStore((s) => s.notifyError);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  async function pick(folders: boolean) {
    if (host === 'web') {
      (folders ? folder : files).current?.click();
      return;
    }
    try {
      await choosePaths((await api.call('dialog.pickImportFiles', { folders })).paths);
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <>
      <DropZone onFiles={(dropped) => void chooseFiles(dropped)}>
        <p className="empty-title">{t('import.dropHere')}</p>
        <p className="muted">{t('import.formats')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void pick(false)}>
            {t('import.chooseFiles')}
          </button>
          <button type="button" onClick={() => void pick(true)}>
            {t('import.chooseFolder')}
          </button>
        </div>
      </DropZone>
      <input
        ref={files}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        aria-label={t('import.chooseFiles')}
        onChange={(e) => void chooseFiles(Array.from(e.target.files ?? []))}
      />
      <input
        ref={(el) => {
          folder.current = el;
          // Folder picking is a non-standard attribute React does not know.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        aria-label={t('import.chooseFolder')}
        onChange={(e) =>
          void chooseFiles(
            Array.from(e.target.files ?? []).filter((f) =>
              /\.(docx|txt|md|odt|rtf)$/i.test(f.name),
            ),
          )
        }
      />
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('pathDialog.cancel')}
        </button>
      </div>
    </>
  );
}
