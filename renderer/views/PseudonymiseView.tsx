// Avidentifiering: scan the project for identifiers, review the candidates (decisions are saved
// in the project as they are made), and create the pseudonymised copy with its key.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../components/ProgressBar';
import { CandidateDetail } from '../components/pseudonymise/CandidateDetail';
import { CandidateTable } from '../components/pseudonymise/CandidateTable';
import { CopyDialog } from '../components/pseudonymise/CopyDialog';
import { OwnWords } from '../components/pseudonymise/OwnWords';
import { useStore } from '../store';
import '../components/pseudonymise/pseudonymise.css';

export function PseudonymiseView() {
  const { t } = useTranslation();
  const scan = useStore((s) => s.pseudoScan);
  const progress = useStore((s) => s.pseudoProgress);
  const runScan = useStore((s) => s.runPseudoScan);
  const cancel = useStore((s) => s.cancelPseudo);
  const [copyOpen, setCopyOpen] = useState(false);
  const scanning = progress?.phase === 'scan' && !copyOpen;

  return (
    <section className="pseudo-view" aria-labelledby="pseudo-heading">
      <div className="view-header">
        <h2 id="pseudo-heading">{t('pseudo.title')}</h2>
        <div className="button-row">
          <button
            type="button"
            className={scan ? '' : 'primary'}
            disabled={progress !== null}
            title={t('pseudo.scanHint')}
            onClick={() => void runScan()}
          >
            {scan ? t('pseudo.rescan') : t('pseudo.scan')}
          </button>
          <button
            type="button"
            className={scan ? 'primary' : ''}
            disabled={progress !== null || !scan}
            onClick={() => setCopyOpen(true)}
          >
            {t('pseudo.createCopy')}
          </button>
        </div>
      </div>
      <p className="muted pseudo-intro">{t('pseudo.intro')}</p>
      <p className="pseudo-responsible">{t('pseudo.responsible')}</p>
      {scanning && (
        <div className="pseudo-progress">
          <ProgressBar
            label={t('pseudo.scanning')}
            done={progress.done}
            total={progress.total}
            current={progress.current}
          />
          <button type="button" onClick={() => void cancel()}>
            {t('pseudo.cancel')}
          </button>
        </div>
      )}
      {scan && (
        <div className="pseudo-body">
          <CandidateTable />
          <aside className="pseudo-side" aria-label={t('pseudo.contexts')}>
            <CandidateDetail />
            <OwnWords />
          </aside>
        </div>
      )}
      {copyOpen && <CopyDialog onClose={() => setCopyOpen(false)} />}
    </section>
  );
}
