// Sök: full-text search over every document, every hit counted and listed a page at a time by
// document, and the autocode panel beside them that codes the chosen hits in one undoable step.
import { useTranslation } from 'react-i18next';
import { BusyBar } from '../components/retrieval/BusyBar';
import { AutocodePanel } from '../components/search/AutocodePanel';
import { AutocodePreview } from '../components/search/AutocodePreview';
import { HitList } from '../components/search/HitList';
import '../components/search/search.css';
import { useStore } from '../store';

export function SearchView() {
  const { t } = useTranslation();
  const query = useStore((s) => s.searchQuery);
  const setQuery = useStore((s) => s.setSearchQuery);
  const runSearch = useStore((s) => s.runSearch);
  const searching = useStore((s) => s.searching);
  const page = useStore((s) => s.searchPage);
  const searchedFor = useStore((s) => s.searchedFor);
  const previewing = useStore((s) => s.preview !== null);

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
          {page === null || searchedFor === null ? (
            !searching && (
              <div className="empty-state">
                <p className="empty-title">{t('retrieval.search.notRun')}</p>
              </div>
            )
          ) : page.total === 0 ? (
            <div className="empty-state">
              <p className="empty-title">{t('retrieval.search.none', { query: searchedFor })}</p>
              <p className="muted">{t('retrieval.search.noneHint')}</p>
            </div>
          ) : (
            <>
              <p className="result-count" role="status">
                <strong>
                  {t('retrieval.search.count', {
                    count: page.total,
                    documents: page.documents.length,
                  })}
                </strong>
              </p>
              {previewing ? <AutocodePreview /> : <HitList page={page} />}
            </>
          )}
        </section>
        {page !== null && page.total > 0 && <AutocodePanel />}
      </div>
    </section>
  );
}
