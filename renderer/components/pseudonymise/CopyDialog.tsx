// "Skapa avidentifierad kopia…": where the copy and the key go (the key suggested beside the
// original, apart from the copy), whether undecided candidates are replaced too, the warning to
// keep the key apart, progress with Cancel, and the report.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { ProgressBar } from '../ProgressBar';
import { defaultProjectPath, ProjectPathField } from '../ProjectPathField';
import { statusCounts } from '../../../shared/pseudonymise/review';
import { useReviewList } from './CandidateTable';

const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '');

export function CopyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const project = useStore((s) => s.project);
  const appInfo = useStore((s) => s.appInfo);
  const progress = useStore((s) => s.pseudoProgress);
  const result = useStore((s) => s.pseudoReport);
  const create = useStore((s) => s.createPseudoCopy);
  const cancel = useStore((s) => s.cancelPseudo);
  const clear = useStore((s) => s.clearPseudoReport);
  const openProject = useStore((s) => s.openProject);
  const counts = statusCounts(useReviewList());
  const name = project?.name ?? 'Projekt';
  const sep = (project?.path ?? '').includes('\\') ? '\\' : '/';
  const [out, setOut] = useState(() =>
    defaultProjectPath(
      appInfo?.defaultProjectDir ?? folderOf(project?.path ?? ''),
      `${name} (avidentifierad)`,
    ),
  );
  const [key, setKey] = useState(
    () => `${folderOf(project?.path ?? '')}${sep}${name} – nyckel.csv`,
  );
  const [acceptAll, setAcceptAll] = useState(false);
  const busy = progress !== null;

  function close() {
    clear();
    onClose();
  }

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    await create(out.trim(), key.trim(), acceptAll);
  }

  return (
    <Modal title={t('pseudo.copyTitle')} onClose={close} locked={busy} wide>
      {result ? (
        <div className="pseudo-report" role="status">
          <p>
            <strong>{t('pseudo.done', { path: result.path })}</strong>
          </p>
          <ul>
            <li>{t('pseudo.reportDocuments', { count: result.report.documents })}</li>
            <li>
              {t('pseudo.reportReplaced', {
                list:
                  result.report.replaced
                    .map((r) => `${r.count} × ${t(`pseudo.kinds.${r.kind}`)}`)
                    .join(', ') || t('pseudo.reportNothing'),
              })}
            </li>
            <li>{t('pseudo.reportSegments', result.report.segments)}</li>
          </ul>
          {result.report.warnings.length > 0 && (
            <ul className="pseudo-warnings">
              {result.report.warnings.map((w, i) => (
                <li key={i}>{t(`messages.${w.code}`, w.params)}</li>
              ))}
            </ul>
          )}
          <p className="pseudo-key-warning">{t('pseudo.keyWarning')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void openProject(result.path)}>
              {t('pseudo.openCopy')}
            </button>
            <button type="button" className="primary" onClick={close} autoFocus>
              {t('pseudo.close')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <p className="muted">{t('pseudo.copyIntro')}</p>
          <p>{t('pseudo.copyCounts', { count: counts.accepted })}</p>
          {counts.pending > 0 && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={acceptAll}
                disabled={busy}
                onChange={(e) => setAcceptAll(e.target.checked)}
              />{' '}
              {t('pseudo.acceptAll', { count: counts.pending })}
            </label>
          )}
          <ProjectPathField
            label={t('pseudo.outLabel')}
            help={t('pseudo.outHelp')}
            value={out}
            onChange={setOut}
            mode="save"
            suggestedName={`${name} (avidentifierad)`}
            disabled={busy}
          />
          <label htmlFor="pseudo-key">{t('pseudo.keyLabel')}</label>
          <input
            id="pseudo-key"
            type="text"
            value={key}
            spellCheck={false}
            required
            disabled={busy}
            aria-describedby="pseudo-key-help"
            onChange={(e) => setKey(e.target.value)}
          />
          <p id="pseudo-key-help" className="help">
            {t('pseudo.keyHelp')}
          </p>
          <p className="pseudo-key-warning" role="note">
            {t('pseudo.keyWarning')}
          </p>
          {progress && (
            <ProgressBar
              label={t(progress.phase === 'scan' ? 'pseudo.scanning' : 'pseudo.copying')}
              done={progress.done}
              total={progress.total}
              current={progress.current}
            />
          )}
          <div className="dialog-actions">
            {busy ? (
              <button type="button" onClick={() => void cancel()}>
                {t('pseudo.cancel')}
              </button>
            ) : (
              <button type="button" onClick={close}>
                {t('pseudo.close')}
              </button>
            )}
            <button type="submit" className="primary" disabled={busy}>
              {t('pseudo.start')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
