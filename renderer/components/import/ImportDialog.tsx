// Import transcripts: choose files or folders (or drop them), confirm how speakers are found and
// which attributes the file names give, then watch the progress; the report lists every skipped
// file with its reason.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { ProgressBar } from '../ProgressBar';
import { ChooseFiles } from './ChooseFiles';
import { DuplicatesQuestion } from './DuplicatesQuestion';
import { ImportReportView } from './ImportReportView';
import { ImportSettingsForm } from './ImportSettingsForm';

export function ImportDialog() {
  const { t } = useTranslation();
  const stage = useStore((s) => s.importStage);
  const progress = useStore((s) => s.importProgress);
  const close = useStore((s) => s.closeImport);
  const cancel = useStore((s) => s.cancelImport);
  if (stage === 'closed') return null;
  // While the duplicate question is open, Escape answers it (Cancel) and leaves this dialog open.
  const busy = ['uploading', 'running', 'checking', 'duplicates'].includes(stage);

  return (
    <Modal title={t('import.title')} onClose={close} wide locked={busy}>
      {stage === 'choose' && <ChooseFiles />}
      {stage === 'uploading' && progress && (
        <ProgressBar label={t('import.uploading')} {...progress} />
      )}
      {/* The form stays while the question is asked: Cancel returns to the choices as they were. */}
      {(stage === 'settings' || stage === 'checking' || stage === 'duplicates') && (
        <ImportSettingsForm />
      )}
      {stage === 'duplicates' && <DuplicatesQuestion />}
      {stage === 'running' && progress && (
        <>
          <ProgressBar label={t('import.importing')} {...progress} />
          <div className="dialog-actions">
            <button type="button" onClick={() => void cancel()}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {stage === 'report' && <ImportReportView />}
    </Modal>
  );
}
