// "Ny kod…": a name and where it goes. The new code gets a colour no other code has.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { CodeOptions } from './CodeOptions';

const TOP = 'top';

export function NewCodeDialog({
  parentId,
  onClose,
}: {
  parentId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const createCode = useStore((s) => s.createCode);
  const [name, setName] = useState('');
  const [parent, setParent] = useState(parentId === null ? TOP : String(parentId));
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={t('codebookEdit.newCodeTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setBusy(true);
          void createCode(parent === TOP ? null : Number(parent), name.trim()).then((id) => {
            setBusy(false);
            if (id !== null) onClose();
          });
        }}
      >
        <label className="stacked">
          {t('codebookEdit.name')}
          <input
            type="text"
            autoFocus
            required
            maxLength={300}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="stacked">
          {t('codebookEdit.parent')}
          <select value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value={TOP}>{t('codebookEdit.topLevel')}</option>
            <CodeOptions groups disabled={() => false} />
          </select>
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('codebookEdit.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {t('codebookEdit.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
