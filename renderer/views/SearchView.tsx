// Sök: full-text search over every document, hits as keyword-in-context lines to tick, and the
// autocode panel beside them that codes the ticked hits in one undoable step.
import { useTranslation } from 'react-i18next';
import { BusyBar } from '../components/retrieval/BusyBar';
import { AutocodePanel } from '../components/search/AutocodePanel';
import { AutocodePreview } from '../components/search/AutocodePreview';
import { HitList } from '../components/search/HitList';
import { useStore } from '../store';
import { SEARCH_LIMIT } from '../store/search-slice';

export function SearchView() {
  const { t } = useTranslation();
  const query = useStore((s) => s.searchQuery);
  const setQuery = useStore((s) => s.setSearchQuery);
  const runSearch = useStore((s) => s.runSearch);
  const searching = useStore((s) => s.searching);
  const hits = useStore((s) => s.searchHits);
  const searchedFor = useStore((s) => s.searchedFor);
  const previewing = useStore((s) => s.previewTexts !== null);
  const documents = hits ? new Set(hits.map((h) => h.documentId)).size : 0;

  return (
    <section className="search-view" aria-labelledby="search-heading">
      <div className="view-header">
        <h2 id="search-heading">{t('retrieval.search.title')}</h2>
      </div>
      <form
        role="search"
        aria-label={t('retrieval.search.label')}
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void runSearch();
        }}
      >
        <label htmlFor="search-input" className="picker-label">
          {t('retrieval.search.label')}
        </label>
        <div className="search-row">
          <input
            id="search-input"
            type="search"
            autoFocus
            aria-describedby="search-help"
            placeholder={t('retrieval.search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="primary" disabled={searching || !query.trim()}>
            {t('retrieval.search.run')}
          </button>
        </div>
        <p id="search-help" className="help tight">
          {t('retrieval.search.help')}
        </p>
      </form>
      <div className="search-body">
        <section
          className="search-results"
          aria-busy={searching}
          aria-label={t('retrieval.search.hits')}
        >
          {searching && <BusyBar label={t('retrieval.search.running')} />}
          {hits === null || searchedFor === null ? (
            !searching && (
              <div className="empty-state">
                <p className="empty-title">{t('retrieval.search.notRun')}</p>
              </div>
            )
          ) : hits.length === 0 ? (
            <div className="empty-state">
              <p className="empty-title">{t('retrieval.search.none', { query: searchedFor })}</p>
              <p className="muted">{t('retrieval.search.noneHint')}</p>
            </div>
          ) : (
            <>
              <p className="result-count" role="status">
                <strong>{t('retrieval.search.count', { count: hits.length, documents })}</strong>
                {hits.length >= SEARCH_LIMIT && (
                  <span className="warn-text">
                    {' '}
                    {t('retrieval.search.limited', { count: SEARCH_LIMIT })}
                  </span>
                )}
              </p>
              {previewing ? <AutocodePreview /> : <HitList hits={hits} />}
            </>
          )}
        </section>
        {hits && hits.length > 0 && <AutocodePanel />}
      </div>
    </section>
  );
}
