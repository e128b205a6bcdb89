// Where a project file is or should go: a typed path, and in the desktop app the system's file
// dialog (Browse…). The browser host has no such dialog and relies on the typed path.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useStore } from '../store';

interface Props {
  label: string;
  help: string;
  value: string;
  onChange: (path: string) => void;
  mode: 'save' | 'open';
  /** The file name the system dialog proposes. */
  suggestedName: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** `name.kvalkod` in the folder where Kvalkod keeps projects by default. */
export function defaultProjectPath(dir: string, name: string): string {
  const sep = dir.includes('\\') ? '\\' : '/';
  return name === '' ? `${dir}${sep}` : `${dir}${sep}${name}.kvalkod`;
}

export function ProjectPathField(props: Props) {
  const { t } = useTranslation();
  const appInfo = useStore((s) => s.appInfo);
  const notifyError = useStore((s) => s.notifyError);
  const inputId = useId();
  const helpId = useId();

  async function browse() {
    try {
      const picked = await api.call('dialog.pickProjectPath', {
        mode: props.mode,
        suggestedName: props.suggestedName,
      });
      if (picked.path) props.onChange(picked.path);
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <>
      <label htmlFor={inputId}>{props.label}</label>
      <div className="path-row">
        <input
          id={inputId}
          type="text"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={helpId}
          spellCheck={false}
          autoFocus={props.autoFocus}
          required
          disabled={props.disabled}
        />
        {appInfo?.nativeDialogs && (
          <button type="button" disabled={props.disabled} onClick={() => void browse()}>
            {t('pathDialog.browse')}
          </button>
        )}
      </div>
      <p id={helpId} className="help">
        {props.help}
      </p>
    </>
  );
}
