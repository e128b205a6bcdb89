// The questionnaire's ranked multiple-response tables: one question (optionally split by a
// respondent attribute) laid out as a statistics package prints it, with its export.
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeTable } from '../../../shared/tables/words';
import { formatDate } from '../../i18n';
import { useStore } from '../../store';
import { TableChart } from '../charts/TableChart';
import { Modal } from '../Modal';
import { BusyBar } from '../retrieval/BusyBar';
import { TableExport } from './TableExport';
import { TableGrid } from './TableGrid';
import { useDelayed } from './use-delayed';

interface Props {
  onImport: () => void;
}

export function RankedTables({ onImport }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const surveys = useStore((s) => s.surveys);
  const choice = useStore((s) => s.rankedChoice);
  const shown = useStore((s) => s.rankedShown);
  const shownFor = useStore((s) => s.rankedShownFor);
  const computing = useStore((s) => s.rankedComputing);
  const showRanked = useStore((s) => s.showRanked);
  const deleteSurvey = useStore((s) => s.deleteSurvey);
  const importExample = useStore((s) => s.importExampleSurvey);
  const [deleting, setDeleting] = useState(false);
  const slow = useDelayed(computing, 1000);

  const questions = (surveys ?? []).flatMap((s) =>
    s.questions.filter((q) => q.kind === 'ranked').map((q) => ({ survey: s, question: q })),
  );
  const current = questions.find((q) => q.question.name === choice?.question);
  const byOptions = current?.survey.attributes ?? [];

  // The question picked for her (the first, or the one kept after an import) is shown at once;
  // never one whose questionnaire is gone (deleted or undone) while the list is read again.
  const exists = current !== undefined;
  useEffect(() => {
    const differs = shownFor?.question !== choice?.question || shownFor?.by !== choice?.by;
    if (choice && exists && differs && !computing) void showRanked(choice);
  }, [choice, exists, shownFor, computing, showRanked]);

  if (surveys === null) return <p className="muted">{t('tables.loading')}</p>;
  if (questions.length === 0)
    return (
      <div className="empty-state">
        <p className="empty-title">{t('tables.ranked.none')}</p>
        <p className="muted">{t('tables.ranked.noneHint')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={onImport}>
            {t('tables.ranked.import')}
          </button>
          <button type="button" onClick={() => void importExample()}>
            {t('tables.ranked.example')}
          </button>
        </div>
      </div>
    );

  return (
    <div className="ranked-tables">
      <form className="builder-line" onSubmit={(e) => e.preventDefault()}>
        <label className="axis-field wide">
          <span className="field-label">{t('tables.ranked.question')}</span>
          <select
            aria-label={t('tables.ranked.question')}
            value={choice?.question ?? ''}
            onChange={(e) => void showRanked({ question: e.target.value, by: null })}
          >
            {questions.map(({ question }) => (
              <option key={question.id} value={question.name}>
                {t('tables.ranked.questionOption', {
                  name: question.name,
                  count: question.alternatives,
                })}
              </option>
            ))}
          </select>
        </label>
        <label className="axis-field">
          <span className="field-label">{t('tables.ranked.by')}</span>
          <select
            aria-label={t('tables.ranked.by')}
            value={choice?.by ?? ''}
            disabled={!choice}
            onChange={(e) =>
              choice && void showRanked({ question: choice.question, by: e.target.value || null })
            }
          >
            <option value="">{t('tables.ranked.noSplit')}</option>
            {byOptions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="builder-side-button" onClick={onImport}>
          {t('tables.ranked.import')}
        </button>
      </form>
      {current && (
        <p className="muted small survey-source">
          {t('tables.ranked.source', {
            name: current.survey.name,
            file: current.survey.sourceName,
            count: current.survey.respondents,
            date: formatDate(current.survey.importedAt),
          })}{' '}
          <button type="button" className="link" onClick={() => setDeleting(true)}>
            {t('tables.ranked.delete')}
          </button>
        </p>
      )}
      {deleting && current && (
        <Modal
          title={t('tables.ranked.deleteTitle', { name: current.survey.name })}
          onClose={() => setDeleting(false)}
        >
          <p>{t('tables.ranked.deleteText', { count: current.survey.respondents })}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setDeleting(false)}>
              {t('tables.ranked.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setDeleting(false);
                void deleteSurvey(current.survey.id);
              }}
            >
              {t('tables.ranked.deleteConfirm')}
            </button>
          </div>
        </Modal>
      )}
      {slow && <BusyBar label={t('tables.computing')} />}
      {shown && shownFor && (
        <div className="ranked-list" aria-busy={computing}>
          {shown.map((table, i) => (
            <Fragment key={`${shownFor.question}-${i}`}>
              <TableGrid
                table={table}
                caption={localizeTable(table, language).title}
                // One file holds every table shown, so the export sits above the first.
                tools={
                  i === 0 ? (
                    <TableExport source="ranked" title={localizeTable(table, language).title} />
                  ) : undefined
                }
              />
              {/* The whole questionnaire's chart right under its table, before any split. */}
              {i === 0 && <TableChart key={shownFor.question} table={table} />}
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
