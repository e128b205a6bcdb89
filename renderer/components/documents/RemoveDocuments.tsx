// "Ta bort…" for the documents selected in the list: asks first, naming how many coded passages and
// memos go with them; the removal is one undo step (Ctrl+Z brings everything back).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { selectReadOnly } from '../../store/project-file-slice';
import { Modal } from '../Modal';

interface Props {
  selected: number[];
  onRemoved: () => void;
}

export function RemoveDocuments({ selected, onRemoved }: Props) {
  const { t } = useTranslation();
  const documents = useStore((s) => s.documents);
  const readOnly = useStore(selectReadOnly);
  const documentUsage = useStore((s) => s.documentUsage);
  const deleteDocuments = useStore((s) => s.deleteDocuments);
  const [usage, setUsage] = useState<{ segments: number; memos: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const first = documents.find((d) => d.id === selected[0]);

  async function ask() {
    const found = await documentUsage(selected);
    if (found) setUsage(found);
  }

  async function remove() {
    setBusy(true);
    const done = await deleteDocuments(selected);
    setBusy(false);
    setUsage(null);
    if (done) onRemoved();
  }

  const title =
    selected.length === 1 && first
      ? t('documentsEdit.removeOneTitle', { name: first.name })
      : t('documentsEdit.removeTitle', { count: selected.length });
  return (
    <>
      <button
        type="button"
        disabled={selected.length === 0 || readOnly}
        title={
          readOnly
            ? t('projectFile.readOnlyAction')
            : t('documentsEdit.removeHint', { count: selected.length })
        }
        onClick={() => void ask()}
      >
        {t('documentsEdit.remove')}
      </button>
      {usage && (
        <Modal title={title} onClose={() => setUsage(null)} locked={busy}>
          <p>
            {t('documentsEdit.removeTakes', {
              passages: t('documentsEdit.passages', { count: usage.segments }),
              memos: t('documentsEdit.memos', { count: usage.memos }),
            })}
          </p>
          <p>{t('documentsEdit.removeUndo')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setUsage(null)} disabled={busy}>
              {t('documentsEdit.cancel')}
            </button>
            <button
              type="button"
              className="primary danger-fill"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('documentsEdit.removeConfirm', { count: selected.length })}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
