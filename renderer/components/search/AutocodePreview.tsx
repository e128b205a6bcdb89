// The preview of an autocode: the passages it will code (chosen hits widened to the unit, joined
// where they overlap), each with its hits marked and what happens to it (new, widened, already
// coded), a page at a time, in the wide column where the hits were.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewPassage } from '../../../shared/api/contract-search';
import { useStore } from '../../store';
import { PASSAGES_PER_PAGE } from '../../store/search-slice';
import { tally } from './autocode-tally';

export function AutocodePreview() {
  const { t } = useTranslation();
  const preview = useStore((s) => s.preview);
  const plan = useStore((s) => s.autocodePlan);
  const hide = useStore((s) => s.hidePreview);
  const show = useStore((s) => s.showPreview);
  const previewing = useStore((s) => s.previewing);
  const unit = useStore((s) => s.autocodeUnit);
  if (!preview || !plan) return null;
  const from = preview.offset + 1;
  const to = preview.offset + preview.passages.length;
  return (
    <section className="autocode-preview" aria-labelledby="autocode-preview-heading">
      <div className="preview-head">
        <h3 id="autocode-preview-heading">
          {t('retrieval.autocode.previewTitle', { count: plan.created + plan.extended })}
        </h3>
        <span className="muted small">
          {t('retrieval.autocode.unit')}: {t(`retrieval.autocode.units.${unit}`)}
        </span>
        <button type="button" onClick={hide}>
          {t('retrieval.autocode.backToHits')}
        </button>
      </div>
      <p className="autocode-plan">{tally(t, plan)}</p>
      {plan.passages > PASSAGES_PER_PAGE && (
        <div className="hit-pager">
          <span className="muted">
            {t('retrieval.autocode.previewRange', { from, to, count: plan.passages })}
          </span>
          <button
            type="button"
            disabled={previewing || preview.offset === 0}
            onClick={() => void show(preview.offset - PASSAGES_PER_PAGE)}
          >
            {t('retrieval.search.previous')}
          </button>
          <button
            type="button"
            disabled={previewing || to >= plan.passages}
            onClick={() => void show(preview.offset + PASSAGES_PER_PAGE)}
          >
            {t('retrieval.search.next')}
          </button>
        </div>
      )}
      <ol className="preview-list" start={from}>
        {preview.passages.map((p) => (
          <li key={`${p.documentId}:${p.start}`} className={`outcome-${p.outcome}`}>
            <span className="preview-meta">
              <span className="hit-doc">{p.document}</span>
              <span className={`outcome-badge ${p.outcome}`}>
                {t(`retrieval.autocode.outcomes.${p.outcome}`)}
              </span>
            </span>
            <p className="preview-text">{marked(p)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The passage's text with each hit inside it in <mark>. */
function marked(p: PreviewPassage) {
  const out: (string | ReactElement)[] = [];
  let at = p.start;
  for (const h of [...p.hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out.push(
      p.text.slice(at - p.start, h.start - p.start),
      <mark key={h.start}>{p.text.slice(h.start - p.start, h.end - p.start)}</mark>,
    );
    at = h.end;
  }
  out.push(p.text.slice(at - p.start));
  return out;
}
