// The preview of an autocode: the passages that will be coded (chosen hits widened to the unit,
// overlapping ones joined), each with its hits marked, in the wide column where the hits were.
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeRanges, type Range } from '../../../shared/coding/widen';
import { useStore } from '../../store';
import { hitKey, type PreviewHit } from '../../store/search-slice';

export interface Passage extends Range {
  documentId: number;
  document: string;
  hits: PreviewHit[];
}

/** The passages autocode will code: chosen hits widened, overlapping ones joined per document. */
export function passagesOf(
  widened: readonly PreviewHit[],
  checked: ReadonlySet<string>,
): Passage[] {
  const byDoc = new Map<number, PreviewHit[]>();
  for (const h of widened) {
    if (!checked.has(hitKey(h))) continue;
    byDoc.set(h.documentId, [...(byDoc.get(h.documentId) ?? []), h]);
  }
  return [...byDoc.values()].flatMap((hits) =>
    mergeRanges(hits.map((h) => ({ start: h.unitStart, end: h.unitEnd }))).map((r) => ({
      ...r,
      documentId: hits[0]?.documentId ?? 0,
      document: hits[0]?.document ?? '',
      hits: hits.filter((h) => h.start >= r.start && h.end <= r.end),
    })),
  );
}

export function AutocodePreview() {
  const { t } = useTranslation();
  const widened = useStore((s) => s.widened);
  const checked = useStore((s) => s.checkedHits);
  const texts = useStore((s) => s.previewTexts);
  const hide = useStore((s) => s.hidePreview);
  const unit = useStore((s) => s.autocodeUnit);
  const passages = useMemo(() => (widened ? passagesOf(widened, checked) : []), [widened, checked]);
  if (!texts) return null;
  return (
    <section className="autocode-preview" aria-labelledby="autocode-preview-heading">
      <div className="preview-head">
        <h3 id="autocode-preview-heading">
          {t('retrieval.autocode.previewTitle', { count: passages.length })}
        </h3>
        <span className="muted small">
          {t('retrieval.autocode.unit')}: {t(`retrieval.autocode.units.${unit}`)}
        </span>
        <button type="button" onClick={hide}>
          {t('retrieval.autocode.backToHits')}
        </button>
      </div>
      <ol className="preview-list">
        {passages.map((p) => {
          const text = texts[p.documentId];
          return (
            <li key={`${p.documentId}:${p.start}`}>
              <span className="hit-doc">{p.document}</span>
              <p className="preview-text">{text === undefined ? '…' : marked(text, p)}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The passage's text with each hit inside it in <mark>. */
function marked(text: string, p: Passage) {
  const out: (string | ReactElement)[] = [];
  let at = p.start;
  for (const h of [...p.hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out.push(text.slice(at, h.start), <mark key={h.start}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  out.push(text.slice(at, p.end));
  return out;
}
