// Search hits as keyword-in-context lines: the document, the words before, the hit marked, the words
// after. A checkbox per hit (and one for all) chooses what autocode codes; a click on the line opens
// the transcript in the coding view with the hit selected.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/coding/types';
import { useStore } from '../../store';
import { hitKey } from '../../store/search-slice';

export function HitList({ hits }: { hits: SearchHit[] }) {
  const { t } = useTranslation();
  const checked = useStore((s) => s.checkedHits);
  const setAll = useStore((s) => s.setAllHits);
  const all = useRef<HTMLInputElement>(null);
  const count = hits.filter((h) => checked.has(hitKey(h))).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && count < hits.length;
  }, [count, hits.length]);

  return (
    <div className="hit-area">
      <div className="hit-toolbar">
        <label className="checkbox">
          <input
            ref={all}
            type="checkbox"
            checked={count === hits.length && count > 0}
            onChange={(e) => setAll(e.target.checked)}
          />
          {t('retrieval.search.selectAll')}
        </label>
        <span className="muted" aria-live="polite">
          {t('retrieval.search.checked', { checked: count, count: hits.length })}
        </span>
      </div>
      <ol className="hit-list" aria-label={t('retrieval.search.hits')}>
        {hits.map((h, i) => (
          <Hit key={hitKey(h)} hit={h} n={i + 1} checked={checked.has(hitKey(h))} />
        ))}
      </ol>
    </div>
  );
}

function Hit({ hit, n, checked }: { hit: SearchHit; n: number; checked: boolean }) {
  const { t } = useTranslation();
  const toggle = useStore((s) => s.toggleHit);
  const open = useStore((s) => s.openHit);
  const before = hit.context.slice(0, hit.contextStart);
  const word = hit.context.slice(hit.contextStart, hit.contextEnd);
  const after = hit.context.slice(hit.contextEnd);
  const cut = hit.start - hit.contextStart > 0;
  return (
    <li className={checked ? 'hit checked' : 'hit'}>
      <input
        type="checkbox"
        checked={checked}
        aria-label={t('retrieval.search.selectHit', { n, document: hit.document })}
        onChange={() => toggle(hitKey(hit))}
      />
      <button
        type="button"
        className="hit-open"
        title={t('retrieval.search.open')}
        onClick={() => void open(hit)}
      >
        <span className="hit-doc" title={hit.document}>
          {hit.document}
        </span>
        <span className="kwic">
          <span className="kwic-before">
            <span>
              {cut ? '…' : ''}
              {before}
            </span>
          </span>
          <mark>{word}</mark>
          <span className="kwic-after">{after}</span>
        </span>
      </button>
    </li>
  );
}
