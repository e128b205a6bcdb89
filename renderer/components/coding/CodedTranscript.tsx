// The transcript being coded: speakers on the left of each turn, coded passages highlighted in
// their code's colour, the coding margin with one stripe per passage (overlaps side by side), and
// only the visible paragraphs in the page. Selecting text snaps to whole words.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { assignLanes, laneCount } from '../../../shared/coding/lanes';
import { snapToWords } from '../../../shared/coding/ranges';
import { toBlocks } from '../../../shared/documents/blocks';
import { useStore } from '../../store';
import { CodedBlock } from './CodedBlock';
import { domOffset } from './pieces';

export function CodedTranscript() {
  const { t } = useTranslation();
  const doc = useStore((s) => s.codingDoc);
  const segments = useStore((s) => s.segments);
  const selection = useStore((s) => s.selection);
  const selectedSegmentId = useStore((s) => s.selectedSegmentId);
  const setSelection = useStore((s) => s.setSelection);
  const selectSegment = useStore((s) => s.selectSegment);
  const scroller = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => (doc ? toBlocks(doc) : []), [doc]);
  const speakers = useMemo(() => new Map(doc?.speakers.map((s) => [s.id, s]) ?? []), [doc]);
  const lanes = useMemo(() => assignLanes(segments), [segments]);
  const lanesUsed = useMemo(() => Math.max(1, laneCount(lanes)), [lanes]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 10,
  });
  // Retrieval and search open a passage (selectedSegmentId) or a hit (selection) here: scroll to it
  // unless part of it already shows, so a passage clicked in the text does not move.
  // (Added for the retrieval and search views; keep minimal.)
  useEffect(() => {
    const target =
      selectedSegmentId !== null ? segments.find((x) => x.id === selectedSegmentId) : selection;
    const el = scroller.current;
    if (!target || !el) return;
    const blockOf = (offset: number) => blocks.findIndex((b) => b.end > offset);
    const first = blockOf(target.start);
    const last = blockOf(Math.max(target.start, target.end - 1));
    if (first < 0) return;
    const items = virtualizer.getVirtualItems();
    const shows = (i: number) =>
      items.some(
        (v) => v.index === i && v.end > el.scrollTop && v.start < el.scrollTop + el.clientHeight,
      );
    if (!shows(first) && !shows(last)) virtualizer.scrollToIndex(first, { align: 'start' });
  }, [selectedSegmentId, selection, segments, blocks, virtualizer]);
  if (!doc) return null;

  function onMouseUp() {
    const sel = window.getSelection();
    if (!doc || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const a = domOffset(range.startContainer, range.startOffset);
    const b = domOffset(range.endContainer, range.endOffset);
    if (a === null || b === null) return;
    const snapped = snapToWords(doc.text, Math.min(a, b), Math.max(a, b));
    setSelection(snapped);
  }

  return (
    <div
      ref={scroller}
      className="transcript-scroll coding"
      data-document-id={doc.id}
      tabIndex={0}
      aria-label={t('reading.transcript')}
      onMouseUp={onMouseUp}
      style={{ ['--lanes' as string]: lanesUsed }}
    >
      <div className="transcript" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const block = blocks[item.index];
          if (!block) return null;
          const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`block coded ${block.kind} role-${speaker?.role ?? 'none'}${block.opensTurn ? ' opens' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <CodedBlock
                block={block}
                text={doc.text}
                speakerLabel={block.opensTurn && speaker ? speaker.label : null}
                role={speaker?.role ?? 'none'}
                segments={segments}
                lanes={lanes}
                selection={selection}
                selectedSegmentId={selectedSegmentId}
                onSelectSegment={selectSegment}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
