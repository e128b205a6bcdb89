// One paragraph of the coded transcript: its speaker, its text cut into highlighted pieces, and
// its part of the coding margin. Stripes are measured after layout so that each one spans exactly
// the lines its passage covers, not the whole paragraph.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProvisional } from '../../../shared/coding/segment-list';
import type { Segment } from '../../../shared/coding/types';
import type { Block } from '../../../shared/documents/blocks';
import { splitPieces } from './pieces';

export const LANE_WIDTH = 8;
const MAX_LABEL_LINES = 4;

interface Props {
  block: Block;
  text: string;
  speakerLabel: string | null;
  role: string;
  /** The passages in this paragraph (the same array while they are the same passages). */
  segments: Segment[];
  lanes: Map<number, number>;
  /** The selection where it crosses this paragraph, else null. */
  selection: { start: number; end: number } | null;
  /** The selected passage where it is one of this paragraph's, else null. */
  selectedSegmentId: number | null;
  onSelectSegment: (id: number) => void;
}

function CodedBlockView({
  block,
  text,
  speakerLabel,
  role,
  segments,
  lanes,
  selection,
  selectedSegmentId,
  onSelectSegment,
}: Props) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [extents, setExtents] = useState<Map<number, { top: number; height: number }>>(new Map());
  const here = segments; // the transcript hands over this paragraph's passages only
  const pieces = splitPieces(
    block.textStart,
    block.end,
    here,
    selection ? [selection.start, selection.end] : [],
  );
  const starting = here.filter((s) => s.start >= block.start);
  // The margin names at most a few passages per paragraph, so a heavily coded paragraph does not
  // grow taller than its text; the rest are counted (their stripes are all drawn).
  const shown: Segment[] = [];
  let lines = 0;
  for (const s of starting) {
    if (lines + s.codes.length > MAX_LABEL_LINES && shown.length > 0) break;
    shown.push(s);
    lines += s.codes.length;
  }
  const hidden = starting.slice(shown.length);

  useLayoutEffect(() => {
    const p = textRef.current;
    if (!p) return;
    const base = p.offsetTop;
    const next = new Map<number, { top: number; height: number }>();
    for (const span of p.querySelectorAll<HTMLElement>('[data-offset]')) {
      const start = Number(span.dataset.offset);
      const end = start + span.textContent.length;
      for (const s of here) {
        if (s.start >= end || s.end <= start) continue;
        const top = base + span.offsetTop;
        const bottom = top + span.offsetHeight;
        const e = next.get(s.id);
        next.set(
          s.id,
          e
            ? {
                top: Math.min(e.top, top),
                height: Math.max(e.top + e.height, bottom) - Math.min(e.top, top),
              }
            : { top, height: bottom - top },
        );
      }
    }
    setExtents(next);
    // `here` is derived from segments and the block; recompute when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segments, block, text]);

  return (
    <>
      <div className="speaker-label">{speakerLabel ?? ''}</div>
      <p className={`block-text role-${role}`} ref={textRef}>
        {pieces.map((p) => {
          const top = p.segments[0];
          const pending =
            selection !== null && p.start >= selection.start && p.end <= selection.end;
          const color = top?.codes[0]?.color;
          const classes = [
            top ? 'coded-piece' : '',
            top?.id === selectedSegmentId ? 'active' : '',
            top && isProvisional(top) ? 'provisional' : '',
            p.segments.length > 1 ? 'multi' : '',
            pending ? 'pending' : '',
          ];
          return (
            <span
              key={p.start}
              data-offset={p.start}
              className={classes.filter(Boolean).join(' ') || undefined}
              style={
                color ? { backgroundColor: `${color}38`, borderBottomColor: color } : undefined
              }
              onClick={top ? () => onSelectSegment(top.id) : undefined}
            >
              {text.slice(p.start, p.end)}
            </span>
          );
        })}
      </p>
      <div className="margin" aria-hidden="true">
        {here.map((s) => {
          const e = extents.get(s.id);
          return (
            <span
              key={s.id}
              className={s.id === selectedSegmentId ? 'stripe active' : 'stripe'}
              style={{
                left: (lanes.get(s.id) ?? 0) * LANE_WIDTH,
                top: e?.top ?? 0,
                height: e?.height ?? '100%',
                backgroundColor: s.codes[0]?.color ?? '#999',
              }}
              title={s.codes.map((c) => c.name).join(', ')}
            />
          );
        })}
        <div
          className="margin-labels"
          style={{ paddingTop: starting[0] ? (extents.get(starting[0].id)?.top ?? 0) : 0 }}
        >
          {shown.map((s) => (
            <button
              key={s.id}
              type="button"
              className="margin-label"
              tabIndex={-1}
              onClick={() => onSelectSegment(s.id)}
            >
              {s.codes.map((c) => (
                <span key={c.id} className="margin-code" style={{ borderLeftColor: c.color }}>
                  {c.number !== null ? `${c.number} ` : ''}
                  {c.name}
                </span>
              ))}
            </button>
          ))}
          {hidden.length > 0 && (
            <span
              className="margin-more"
              title={hidden.flatMap((s) => s.codes.map((c) => c.name)).join(', ')}
            >
              {t('coding.moreInMargin', { count: hidden.length })}
            </span>
          )}
        </div>
      </div>
    </>
  );
}

/** Drawn again only when its own passages, their lanes, the selection or the selected passage
 * within it changed (the transcript hands each paragraph only what concerns it). */
export const CodedBlock = memo(
  CodedBlockView,
  (a, b) =>
    a.block === b.block &&
    a.text === b.text &&
    a.speakerLabel === b.speakerLabel &&
    a.role === b.role &&
    a.segments === b.segments &&
    a.selection === b.selection &&
    a.selectedSegmentId === b.selectedSegmentId &&
    a.onSelectSegment === b.onSelectSegment &&
    b.segments.every((s) => a.lanes.get(s.id) === b.lanes.get(s.id)),
);
