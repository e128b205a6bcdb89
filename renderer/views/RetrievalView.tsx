// Kodade avsnitt: the query builder on the left; on the right the query in words, how many passages
// it found, the export buttons and the passages themselves.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyBar } from '../components/retrieval/BusyBar';
import { describeQuery } from '../components/retrieval/describe-query';
import { ExportButtons } from '../components/retrieval/ExportButtons';
import { QueryBuilder } from '../components/retrieval/QueryBuilder';
import { ResultList } from '../components/retrieval/ResultList';
import { useStore } from '../store';
import { RETRIEVAL_LIMIT } from '../store/retrieval-slice';

export function RetrievalView() {
  const { t } = useTranslation();
  const retrieved = useStore((s) => s.retrieved);
  const retrievedFor = useStore((s) => s.retrievedFor);
  const query = useStore((s) => s.retrievalQuery);
  const retrieving = useStore((s) => s.retrieving);
  const codes = useStore((s) => s.codes);
  const codeCounts = useStore((s) => s.codeCounts);
  const run = useStore((s) => s.runRetrieval);

  // Codings changed (coded, undone, redone, autocoded): list again what the list's query finds.
  const seenCounts = useRef(codeCounts);
  useEffect(() => {
    if (seenCounts.current === codeCounts) return;
    seenCounts.current = codeCounts;
    const shownFor = useStore.getState().retrievedFor;
    if (shownFor) void run(shownFor);
  }, [codeCounts, run]);

  const documents = retrieved ? new Set(retrieved.map((s) => s.documentId)).size : 0;
  const stale = retrievedFor !== null && retrievedFor !== query;
  return (
    <section className="retrieval-view" aria-labelledby="retrieval-heading">
      <div className="view-header">
        <h2 id="retrieval-heading">{t('retrieval.title')}</h2>
      </div>
      <p className="muted view-intro">{t('retrieval.intro')}</p>
      <div className="retrieval-body">
        <QueryBuilder />
        <section
          className="retrieval-results"
          aria-labelledby="retrieval-results-heading"
          aria-busy={retrieving}
        >
          <h3 id="retrieval-results-heading" className="visually-hidden">
            {t('retrieval.results')}
          </h3>
          {retrieving && <BusyBar label={t('retrieval.running')} />}
          {retrieved === null || retrievedFor === null ? (
            !retrieving && (
              <div className="empty-state">
                <p className="empty-title">{t('retrieval.notRun')}</p>
                <p className="muted">{t('retrieval.notRunHint')}</p>
              </div>
            )
          ) : (
            <>
              <div className="result-summary">
                <p className="query-words">{describeQuery(retrievedFor, codes, t)}</p>
                <p className="result-count" role="status">
                  <strong>{t('retrieval.count', { count: retrieved.length, documents })}</strong>
                </p>
                {retrieved.length >= RETRIEVAL_LIMIT && (
                  <p className="warn-text">{t('retrieval.limited', { count: RETRIEVAL_LIMIT })}</p>
                )}
                {stale && <p className="stale-note">{t('retrieval.stale')}</p>}
                <ExportButtons />
              </div>
              {retrieved.length === 0 ? (
                <div className="empty-state">
                  <p className="empty-title">{t('retrieval.empty')}</p>
                  <p className="muted">{t('retrieval.emptyHint')}</p>
                </div>
              ) : (
                <ResultList key={JSON.stringify(retrievedFor)} segments={retrieved} />
              )}
            </>
          )}
        </section>
      </div>
    </section>
  );
}
