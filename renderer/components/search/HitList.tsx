// One page of search hits, grouped by document: each document's full name over its hits (never cut
// short, so two long names cannot read the same), a checkbox for all its hits, and per hit the
// words before, the hit marked, the words after. Choices hold over every page, not only this one.
// A click on a hit opens the transcript in the coding view with the hit selected.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchDocument, SearchPage } from '../../../shared/api/contract-search';
import { chosenIn, countChosen, isChosen } from '../../../shared/coding/hit-choice';
import type { SearchHit } from '../../../shared/coding/types';
import { useStore } from '../../store';
import { HITS_PER_PAGE } from '../../store/search-slice';
import { HitPager } from './HitPager';

/** Consecutive hits of one document on the page, with where they stand among its hits. */
function groupsOf(page: SearchPage) {
  const docs = new Map(page.documents.map((d) => [d.documentId, d]));
  const groups: { doc: SearchDocument; hits: { hit: SearchHit; n: number }[] }[] = [];
  page.hits.forEach((hit, i) => {
    const last = groups[groups.length - 1];
    const n = page.offset + i + 1;
    if (last?.doc.documentId === hit.documentId) last.hits.push({ hit, n });
    else {
      const doc = docs.get(hit.documentId);
      if (doc) groups.push({ doc, hits: [{ hit, n }] });
    }
  });
  return groups;
}

export function HitList({ page }: { page: SearchPage }) {
  const { t } = useTranslation();
  const choice = useStore((s) => s.hitChoice);
  const setAll = useStore((s) => s.setAllHits);
  const all = useRef<HTMLInputElement>(null);
  const count = countChosen(choice, page.documents);
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && count < page.total;
  }, [count, page.total]);

  return (
    <div className="hit-area">
      <div className="hit-toolbar">
        <label className="checkbox">
          <input
            ref={all}
            type="checkbox"
            checked={count === page.total && count > 0}
            onChange={(e) => setAll(e.target.checked)}
          />
          {t('retrieval.search.selectAll')}
        </label>
        <span className="muted" aria-live="polite">
          {t('retrieval.search.checked', { checked: count, count: page.total })}
        </span>
      </div>
      {page.total > HITS_PER_PAGE && <HitPager page={page} />}
      <ol className="hit-groups" aria-label={t('retrieval.search.hits')}>
        {groupsOf(page).map(({ doc, hits }) => (
          <DocumentHits key={`${doc.documentId}:${hits[0]?.n ?? 0}`} doc={doc} hits={hits} />
        ))}
      </ol>
      {page.total > HITS_PER_PAGE && <HitPager page={page} bottom />}
    </div>
  );
}

function DocumentHits({
  doc,
  hits,
}: {
  doc: SearchDocument;
  hits: { hit: SearchHit; n: number }[];
}) {
  const { t } = useTranslation();
  const choice = useStore((s) => s.hitChoice);
  const chooseDocument = useStore((s) => s.chooseDocumentHits);
  const box = useRef<HTMLInputElement>(null);
  const chosen = chosenIn(choice, doc.documentId, doc.hits);
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && chosen < doc.hits;
  }, [chosen, doc.hits]);
  const continued = (hits[0]?.n ?? 1) - 1 > doc.first;
  const headingId = `hits-of-${doc.documentId}-${hits[0]?.n ?? 0}`;
  return (
    <li className="hit-group" aria-labelledby={headingId}>
      <div className="hit-group-head">
        <input
          ref={box}
          type="checkbox"
          checked={chosen === doc.hits}
          aria-label={t('retrieval.search.selectDocument', { document: doc.document })}
          onChange={() => chooseDocument(doc.documentId, chosen < doc.hits)}
        />
        <h3 id={headingId} className="hit-group-name">
          {doc.document}
        </h3>
        <span className="muted small">
          {t('retrieval.search.documentHits', { count: doc.hits })}
          {continued && ` · ${t('retrieval.search.continued')}`}
        </span>
      </div>
      <ol className="hit-list">
        {hits.map(({ hit, n }) => (
          <Hit key={`${hit.start}:${hit.end}`} hit={hit} n={n} checked={isChosen(choice, hit)} />
        ))}
      </ol>
    </li>
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
        onChange={() => toggle(hit)}
      />
      <button
        type="button"
        className="hit-open"
        title={t('retrieval.search.open')}
        onClick={() => void open(hit)}
      >
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
