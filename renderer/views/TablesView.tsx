// Tabeller: the table builder (codings and attributes counted by any unit, saved by name) and the
// questionnaire's ranked tables, each on its own tab. Axes and saved tables are loaded afresh
// whenever the view opens or the codebook or attributes change.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SurveyImportDialog } from '../components/survey/SurveyImportDialog';
import { BuilderTables } from '../components/tables/BuilderTables';
import { RankedTables } from '../components/tables/RankedTables';
import { AgreementPanel } from '../components/agreement/AgreementPanel';
import '../components/tables/tables.css';
import { useStore } from '../store';
import type { TablesTab } from '../store/tables-slice';

const TABS: TablesTab[] = ['builder', 'ranked', 'agreement'];

export function TablesView() {
  const { t } = useTranslation();
  const axes = useStore((s) => s.tableAxes);
  const surveys = useStore((s) => s.surveys);
  const documents = useStore((s) => s.documents);
  const codes = useStore((s) => s.codes);
  const attributes = useStore((s) => s.attributes);
  const tab = useStore((s) => s.tablesTab);
  const setTab = useStore((s) => s.setTablesTab);
  const loadView = useStore((s) => s.loadTablesView);
  const loadSurveys = useStore((s) => s.loadSurveys);
  const [importing, setImporting] = useState(false);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    void loadView();
    void loadSurveys();
  }, [loadView, loadSurveys, codes, attributes]);

  const nothing = documents.length === 0 && surveys !== null && surveys.length === 0;

  function onTabKey(e: KeyboardEvent, index: number) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    setTab(TABS[next] ?? 'builder');
    tabRefs.current[next]?.focus();
  }

  return (
    <section className="tables-view" aria-labelledby="tables-heading">
      <div className="view-header">
        <h2 id="tables-heading">{t('tables.title')}</h2>
        {!nothing && (
          <div className="tables-tabs" role="tablist" aria-label={t('tables.title')}>
            {TABS.map((id, i) => (
              <button
                key={id}
                ref={(el) => {
                  tabRefs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`tables-tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`tables-panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t(`tables.tabs.${id}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      {nothing ? (
        <div className="empty-state">
          <p className="empty-title">{t('tables.empty')}</p>
          <p className="muted">{t('tables.emptyHint')}</p>
          <button type="button" onClick={() => setImporting(true)}>
            {t('tables.ranked.import')}
          </button>
        </div>
      ) : (
        <div
          role="tabpanel"
          id={`tables-panel-${tab}`}
          aria-labelledby={`tables-tab-${tab}`}
          className="tables-panel"
        >
          {tab === 'builder' ? (
            axes === null ? (
              <p className="muted">{t('tables.loading')}</p>
            ) : (
              <BuilderTables axes={axes} />
            )
          ) : tab === 'agreement' ? (
            <AgreementPanel />
          ) : (
            <RankedTables onImport={() => setImporting(true)} />
          )}
        </div>
      )}
      <SurveyImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          // The new questionnaire's attributes are new axes, its questions new ranked tables.
          setTab('ranked');
          void loadSurveys();
          void loadView();
        }}
      />
    </section>
  );
}
