// Utbyte → Sammanfoga projekt…: a coder's copy of the project named by its path (Browse… in the
// desktop app), merged as one undo step, and the report of what came in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeWarningText } from '../../../shared/agreement/merge-words';
import { useStore } from '../../store';
import { ProjectPathField } from '../ProjectPathField';
import { BusyBar } from '../retrieval/BusyBar';

export function MergeSection({ onCompare }: { onCompare: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const running = useStore((s) => s.mergeRunning);
  const report = useStore((s) => s.mergeReport);
  const merge = useStore((s) => s.mergeCopies);
  const [path, setPath] = useState('');
  const [addDiffering, setAddDiffering] = useState(false);
  const m = 'agreement.merge';

  return (
    <section aria-labelledby="merge-heading">
      <h3 id="merge-heading">{t(`${m}.heading`)}</h3>
      <p className="muted">{t(`${m}.hint`)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void merge([path.trim()], addDiffering);
        }}
      >
        <ProjectPathField
          label={t(`${m}.path`)}
          help={t(`${m}.pathHelp`)}
          value={path}
          onChange={setPath}
          mode="open"
          suggestedName=""
          disabled={running}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={addDiffering}
            disabled={running}
            onChange={(e) => setAddDiffering(e.target.checked)}
          />
          {t(`${m}.addDiffering`)}
        </label>
        <div className="button-row left">
          <button type="submit" className="primary" disabled={running || !path.trim()}>
            {t(`${m}.run`)}
          </button>
        </div>
      </form>
      {running && <BusyBar label={t(`${m}.running`)} />}
      {report && !running && (
        <div className="merge-report" role="status">
          <p>
            <strong>{t(`${m}.done`)}</strong>
          </p>
          <ul>
            <li>{t(`${m}.documents`, report.documents)}</li>
            {report.documents.differing.length > 0 && (
              <li>{t(`${m}.differing`, { names: report.documents.differing.join(', ') })}</li>
            )}
            <li>{t(`${m}.codes`, report.codes)}</li>
            <li>{t(`${m}.segments`, report.segments)}</li>
            <li>{t(`${m}.memos`, report.memos)}</li>
            {report.coders.length > 0 && (
              <li>{t(`${m}.coders`, { names: report.coders.join(', ') })}</li>
            )}
          </ul>
          {report.warnings.length > 0 && (
            <ul className="warn-text">
              {report.warnings.map((w, i) => (
                <li key={i}>{mergeWarningText(w, language)}</li>
              ))}
            </ul>
          )}
          {report.coders.length > 0 && (
            <button type="button" onClick={onCompare}>
              {t(`${m}.compare`)}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
