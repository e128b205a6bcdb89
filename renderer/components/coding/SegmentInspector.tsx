// The selected coded passage: its codes (remove one), its memo, its boundaries, delete it. With
// text selected instead: its length, the keys that change it, and in-vivo coding.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

export function SegmentInspector() {
  const { t } = useTranslation();
  const segment = useStore((s) => s.segments.find((x) => x.id === s.selectedSegmentId) ?? null);
  const doc = useStore((s) => s.codingDoc);
  const selection = useStore((s) => s.selection);
  const codeInVivo = useStore((s) => s.codeInVivo);
  if (!doc) return null;
  if (!segment) {
    return (
      <section className="inspector" aria-label={t('coding.inspector')}>
        <p className="muted small">
          {selection
            ? t('coding.selectionHint', { chars: selection.end - selection.start })
            : t('coding.noSelection')}
        </p>
        {selection && (
          <>
            <p className="muted small">{t('coding.selectionKeys')}</p>
            <button type="button" title={t('coding.inVivoHint')} onClick={() => void codeInVivo()}>
              {t('coding.inVivo')}
            </button>
          </>
        )}
      </section>
    );
  }
  return <Inspector key={segment.id} segmentId={segment.id} />;
}

function Inspector({ segmentId }: { segmentId: number }) {
  const { t } = useTranslation();
  const segment = useStore((s) => s.segments.find((x) => x.id === segmentId));
  const doc = useStore((s) => s.codingDoc);
  const removeCode = useStore((s) => s.removeCode);
  const deleteSegment = useStore((s) => s.deleteSegment);
  const setSegmentMemo = useStore((s) => s.setSegmentMemo);
  const rangeEditFor = useStore((s) => s.rangeEditFor);
  const setRangeEditFor = useStore((s) => s.setRangeEditFor);
  const [memo, setMemo] = useState(segment?.memo ?? '');
  if (!segment || !doc) return null;
  const text = doc.text.slice(segment.start, segment.end);
  return (
    <section className="inspector" aria-label={t('coding.inspector')}>
      <h3>{t('coding.passage')}</h3>
      <blockquote className="passage">
        {text.length > 280 ? `${text.slice(0, 280)}…` : text}
      </blockquote>
      <ul className="inspector-codes">
        {segment.codes.map((c) => (
          <li key={c.id}>
            <span
              className="swatch small-swatch"
              style={{ backgroundColor: c.color }}
              aria-hidden="true"
            />
            {c.number !== null ? `${c.number}. ` : ''}
            {c.name}
            <button
              type="button"
              className="icon-button"
              aria-label={t('coding.removeCode', { code: c.name })}
              onClick={() => void removeCode(segment.id, c.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="stacked">
        {t('coding.memo')}
        <textarea
          value={memo}
          rows={3}
          onChange={(e) => setMemo(e.target.value)}
          onBlur={() => memo !== segment.memo && void setSegmentMemo(segment.id, memo)}
        />
      </label>
      <p className="muted small">
        {t('coding.meta', { coder: segment.coder ?? '–', chars: segment.end - segment.start })}
      </p>
      <div className="button-row left">
        <button
          type="button"
          aria-pressed={rangeEditFor === segment.id}
          onClick={() => setRangeEditFor(rangeEditFor === segment.id ? null : segment.id)}
        >
          {rangeEditFor === segment.id ? t('coding.selectNewRange') : t('coding.changeRange')}
        </button>
        <button type="button" className="danger" onClick={() => void deleteSegment(segment.id)}>
          {t('coding.delete')}
        </button>
      </div>
    </section>
  );
}
