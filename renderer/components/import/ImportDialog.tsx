// Import transcripts: choose files or folders (or drop them), confirm how speakers are found and
// which attributes the file names give, then watch the progress; the report lists every skipped
// file with its reason.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { ProgressBar } from '../ProgressBar';
import { ChooseFiles } from './ChooseFiles';
import { ImportReportView } from './ImportReportView';
import { ImportSettingsForm } from './ImportSettingsForm';

export function ImportDialog() {
  const { t } = useTranslation();
  const stage = useStore((s) => s.importStage);
  const progress = useStore((s) => s.importProgress);
  const close = useStore((s) => s.closeImport);
  const cancel = useStore((s) => s.cancelImport);
  if (stage === 'closed') return null;
  const busy = stage === 'uploading' || stage === 'running';

  return (
    <Modal title={t('import.title')} onClose={close} wide locked={busy}>
      {stage === 'choose' && <ChooseFiles />}
      {stage === 'uploading' && progress && (
        <ProgressBar label={t('import.uploading')} {...progress} />
      )}
      {stage === 'settings' && <ImportSettingsForm />}
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
