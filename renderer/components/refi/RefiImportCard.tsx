// The start screen's "Import a REFI-QDA project": choose a .qdpx, say where the new project file
// goes, import with a step-by-step progress bar, read the report, then open the project.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefiReport } from '../../../shared/api/contract-refi';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { defaultProjectPath, ProjectPathField } from '../ProjectPathField';
import { FileButton } from './FileButton';
import { currentProject, importProjectFile } from './refi-actions';
import { RefiReportView } from './RefiReportView';
import { StepProgress, type StepState } from './StepProgress';

export function RefiImportCard() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="action-card" onClick={() => setOpen(true)}>
        <span className="action-title">{t('refi.card')}</span>
        <span className="action-hint">{t('refi.cardHint')}</span>
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const appInfo = useStore((s) => s.appInfo);
  const notifyError = useStore((s) => s.notifyError);
  const showProject = useStore((s) => s.showProject);
  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState('');
  const [progress, setProgress] = useState<StepState | null>(null);
  const [report, setReport] = useState<RefiReport | null>(null);
  const dir = appInfo?.defaultProjectDir ?? '';

  function choose(chosen: File) {
    setFile(chosen);
    setReport(null);
    setTarget(defaultProjectPath(dir, chosen.name.replace(/\.qdpx$/i, '')));
  }

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    if (!file) return;
    try {
      setReport(
        await importProjectFile(file, target, (step, index, total) =>
          setProgress({ step, index, total }),
        ),
      );
    } catch (err) {
      notifyError(err);
    } finally {
      setProgress(null);
    }
  }

  async function openImported() {
    try {
      const summary = await currentProject();
      if (summary) await showProject(summary);
    } catch (err) {
      notifyError(err);
    }
  }

  const busy = progress !== null;
  return (
    <Modal title={t('refi.projectDialogTitle')} onClose={onClose} locked={busy} wide>
      <form onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('refi.intro')}</p>
        <FileButton
          label={t('refi.chooseProject')}
          accept=".qdpx"
          disabled={busy || report !== null}
          onFile={choose}
        >
          {file && <span>{t('refi.chosen', { name: file.name })}</span>}
        </FileButton>
        {file && report === null && (
          <>
            <ProjectPathField
              label={t('refi.targetLabel')}
              help={t('refi.targetHelp')}
              value={target}
              onChange={setTarget}
              mode="save"
              suggestedName={file.name.replace(/\.qdpx$/i, '')}
              disabled={busy}
            />
          </>
        )}
        {progress && <StepProgress state={progress} />}
        {report && <RefiReportView title={t('refi.imported')} report={report} />}
        <div className="dialog-actions">
          {report ? (
            <button type="button" className="primary" onClick={() => void openImported()}>
              {t('refi.openProject')}
            </button>
          ) : (
            <>
              <button type="button" disabled={busy} onClick={onClose}>
                {t('refi.cancel')}
              </button>
              <button type="submit" className="primary" disabled={busy || !file}>
                {t('refi.start')}
              </button>
            </>
          )}
        </div>
      </form>
    </Modal>
  );
}
