// The question before an import when chosen files hold a text already in the project: each such
// file with the documents it matches, and Skip / Import as a new document / Cancel (Escape).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';

export function DuplicatesQuestion() {
  const { t } = useTranslation();
  const found = useStore((s) => s.importDuplicates);
  const chosen = useStore((s) => s.importNames.length);
  const answer = useStore((s) => s.answerDuplicates);
  const others = chosen - found.length;
  const skip = useRef<HTMLButtonElement>(null);
  // After the dialog opened (its effect runs first, and focuses its first button): the safe answer
  // has the focus, so Enter skips them.
  useEffect(() => skip.current?.focus(), []);
  return (
    <Modal
      title={t('documentsEdit.duplicatesTitle', { count: found.length })}
      onClose={() => void answer('cancel')}
    >
      <p>{t('documentsEdit.duplicatesQuestion', { count: found.length })}</p>
      <ul className="tight">
        {found.map((f) => (
          <li key={f.file}>
            <strong>{f.file}</strong>:{' '}
            {t('documentsEdit.duplicatesSame', {
              documents: [...f.documents.map((d) => d.name), ...f.files]
                .map((name) => `”${name}”`)
                .join(', '),
            })}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <p className="help">{t('documentsEdit.duplicatesOthers', { count: others })}</p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void answer('cancel')}>
          {t('documentsEdit.duplicatesCancel')}
        </button>
        <button type="button" onClick={() => void answer('import')}>
          {t('documentsEdit.duplicatesImport')}
        </button>
        <button ref={skip} type="button" className="primary" onClick={() => void answer('skip')}>
          {t('documentsEdit.duplicatesSkip')}
        </button>
      </div>
    </Modal>
  );
}
