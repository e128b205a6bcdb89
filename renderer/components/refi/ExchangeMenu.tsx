// REFI-QDA exchange of the open project, from the top bar: export as .qdpx or .qdc (a download),
// or merge a .qdc codebook into the project. Progress and the report stay in the dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefiReport } from '../../../shared/api/contract-refi';
import { useStore } from '../../store';
import { selectReadOnly } from '../../store/project-file-slice';
import { Modal } from '../Modal';
import { FileButton } from './FileButton';
import { exportRefi, importCodebookFile, type OnStep } from './refi-actions';
import { RefiReportView } from './RefiReportView';
import { StepProgress, type StepState } from './StepProgress';
import { MergeSection } from '../agreement/MergeSection';

type Result = { title: string; report: RefiReport };

export function ExchangeMenu() {
  const { t } = useTranslation();
  const readOnly = useStore(selectReadOnly);
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<StepState | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const notifyError = useStore((s) => s.notifyError);
  const refreshCoding = useStore((s) => s.refreshCoding);
  const [merging, setMerging] = useState(false);
  const setView = useStore((s) => s.setView);
  const setTablesTab = useStore((s) => s.setTablesTab);
  const clearMergeReport = useStore((s) => s.clearMergeReport);
  const close = () => {
    setOpen(false);
    setMerging(false);
    clearMergeReport();
  };
  const onStep: OnStep = (step, index, total) => setProgress({ step, index, total });

  async function run(work: () => Promise<Result>) {
    setResult(null);
    try {
      setResult(await work());
    } catch (err) {
      notifyError(err);
    } finally {
      setProgress(null);
    }
  }

  const exportAs = (format: 'qdpx' | 'qdc') =>
    run(async () => {
      const { fileName, report } = await exportRefi(format, onStep);
      return { title: t('refi.exported', { file: fileName }), report };
    });

  const importFile = (file: File) => {
    void run(async () => {
      const report = await importCodebookFile(file, onStep);
      await refreshCoding();
      return { title: t('refi.imported'), report };
    });
  };

  const busy = progress !== null;
  return (
    <>
      <button type="button" title={t('refi.menuHint')} onClick={() => setOpen(true)}>
        {t('refi.menu')}
      </button>
      {open && (
        <Modal title={t('refi.dialogTitle')} onClose={close} locked={busy} wide>
          <p className="muted">{t('refi.intro')}</p>
          <h3>{t('refi.exportHeading')}</h3>
          <div className="button-row left">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void exportAs('qdpx')}
            >
              {t('refi.exportProject')}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportAs('qdc')}>
              {t('refi.exportCodebook')}
            </button>
          </div>
          <h3>{t('refi.importHeading')}</h3>
          <p className="muted">{t('refi.importCodebookHint')}</p>
          <FileButton
            label={t('refi.chooseCodebook')}
            accept=".qdc"
            disabled={busy || readOnly}
            onFile={importFile}
          />
          {progress && <StepProgress state={progress} />}
          {result && <RefiReportView title={result.title} report={result.report} />}
          {merging ? (
            <MergeSection
              onCompare={() => {
                close();
                setTablesTab('agreement');
                setView('tables');
              }}
            />
          ) : (
            <div className="button-row left">
              <button type="button" disabled={busy || readOnly} onClick={() => setMerging(true)}>
                {t('agreement.merge.menuItem')}
              </button>
            </div>
          )}
          <div className="dialog-actions">
            <button type="button" disabled={busy} onClick={close}>
              {t('refi.close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
