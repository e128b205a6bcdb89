// The top bar's coder: who is coding now (the name goes on every passage), changed in a small
// dialog that offers the project's coders. The name carries into the next project opened.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';

export function CoderButton() {
  const { t } = useTranslation();
  const coderName = useStore((s) => s.coderName);
  const coders = useStore((s) => s.agreementCoders);
  const loadCoders = useStore((s) => s.loadAgreementView);
  const setCoder = useStore((s) => s.setCoder);
  const [editing, setEditing] = useState<string | null>(null);
  const fieldId = useId();
  const listId = useId();
  const helpId = useId();

  const open = () => {
    setEditing(coderName ?? '');
    void loadCoders();
  };
  const save = async () => {
    const name = (editing ?? '').trim();
    if (!name) return;
    await setCoder(name);
    setEditing(null);
  };

  return (
    <>
      {/* The name alone keeps the top bar short; its accessible name says what it is. */}
      <button
        type="button"
        className="coder-button"
        title={t('agreement.coder.hint')}
        aria-label={
          coderName === null
            ? t('agreement.coder.none')
            : t('agreement.coder.label', { name: coderName })
        }
        onClick={open}
      >
        {coderName ?? t('agreement.coder.none')}
      </button>
      {editing !== null && (
        <Modal title={t('agreement.coder.dialogTitle')} onClose={() => setEditing(null)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label htmlFor={fieldId}>{t('agreement.coder.field')}</label>
            <input
              id={fieldId}
              type="text"
              list={listId}
              value={editing}
              maxLength={100}
              autoFocus
              aria-describedby={helpId}
              onChange={(e) => setEditing(e.target.value)}
            />
            <datalist id={listId}>
              {coders.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            <p id={helpId} className="muted small">
              {t('agreement.coder.help')}
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setEditing(null)}>
                {t('agreement.coder.cancel')}
              </button>
              <button type="submit" className="primary" disabled={!editing.trim()}>
                {t('agreement.coder.save')}
              </button>
            </div>
          </form>
        </Modal>
      )}
    </>
  );
}
