// Paging through search hits: which hits are shown of how many, previous and next, and a jump to
// any document's first hit (a search can hit hundreds of documents).
import { useTranslation } from 'react-i18next';
import type { SearchPage } from '../../../shared/api/contract-search';
import { useStore } from '../../store';
import { HITS_PER_PAGE } from '../../store/search-slice';

export function HitPager({ page, bottom = false }: { page: SearchPage; bottom?: boolean }) {
  const { t } = useTranslation();
  const show = useStore((s) => s.showSearchPage);
  const searching = useStore((s) => s.searching);
  const from = page.offset + 1;
  const to = page.offset + page.hits.length;
  const go = (offset: number) => void show(Math.floor(offset / HITS_PER_PAGE) * HITS_PER_PAGE);
  // The pager under the list repeats the one above: a landmark once is enough.
  const Tag = bottom ? 'div' : 'nav';
  return (
    <Tag className="hit-pager" aria-label={bottom ? undefined : t('retrieval.search.pages')}>
      <span className="muted">{t('retrieval.search.range', { from, to, count: page.total })}</span>
      <button
        type="button"
        disabled={searching || page.offset === 0}
        onClick={() => go(page.offset - HITS_PER_PAGE)}
      >
        {t('retrieval.search.previous')}
      </button>
      <button
        type="button"
        disabled={searching || to >= page.total}
        onClick={() => go(page.offset + HITS_PER_PAGE)}
      >
        {t('retrieval.search.next')}
      </button>
      {!bottom && page.documents.length > 1 && (
        <select
          aria-label={t('retrieval.search.goTo')}
          value=""
          onChange={(e) => e.target.value !== '' && go(Number(e.target.value))}
        >
          <option value="">{t('retrieval.search.goTo')}…</option>
          {page.documents.map((d) => (
            <option key={d.documentId} value={d.first}>
              {t('retrieval.search.goToOption', { document: d.document, count: d.hits })}
            </option>
          ))}
        </select>
      )}
    </Tag>
  );
}
