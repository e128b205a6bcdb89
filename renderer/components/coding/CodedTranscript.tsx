// The transcript being coded: speakers on the left of each turn, coded passages highlighted in
// their code's colour, the coding margin with one stripe per passage (overlaps side by side), and
// only the visible paragraphs in the page. Selecting text snaps to whole words; the mouse is
// handled in use-transcript-mouse.ts, the keys in use-coding-keys.ts.
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { assignLanes, laneCount } from '../../../shared/coding/lanes';
import { toBlocks } from '../../../shared/documents/blocks';
import { useStore } from '../../store';
import { stablePassages } from './block-passages';
import { CodedBlock } from './CodedBlock';
import { useTranscriptMouse } from './use-transcript-mouse';

export function CodedTranscript() {
  const { t } = useTranslation();
  const doc = useStore((s) => s.codingDoc);
  const segments = useStore((s) => s.segments);
  const selection = useStore((s) => s.selection);
  const selectedSegmentId = useStore((s) => s.selectedSegmentId);
  const anchor = useStore((s) => s.selectionAnchor);
  const selectSegment = useStore((s) => s.selectSegment);
  const scroller = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => (doc ? toBlocks(doc) : []), [doc]);
  const speakers = useMemo(() => new Map(doc?.speakers.map((s) => [s.id, s]) ?? []), [doc]);
  const lanes = useMemo(() => assignLanes(segments), [segments]);
  const lanesUsed = useMemo(() => Math.max(1, laneCount(lanes)), [lanes]);
  // Each paragraph's passages, as the same array while they stay the same passages: CodedBlock is
  // memoised, so coding a passage draws again only the paragraphs it touches (and a drag only those
  // its selection crosses), not every paragraph on screen.
  const passagesOf = useMemo(stablePassages, []);
  const { pinned, onMouseDown } = useTranscriptMouse(scroller, blocks);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 10,
    // The block a drag began in stays in the page, so the browser's selection keeps its start.
    rangeExtractor: (range) => {
      const list = defaultRangeExtractor(range);
      const keep = pinned.current;
      return keep === null || keep < 0 || list.includes(keep)
        ? list
        : [...list, keep].sort((a, b) => a - b);
    },
  });
  // Retrieval and search open a passage (selectedSegmentId) or a hit (selection) here: scroll to it
  // unless part of it already shows, so a passage clicked in the text does not move. A selection
  // grown with Shift+arrows keeps its moving end in sight.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const blockOf = (offset: number) => blocks.findIndex((b) => b.end > offset);
    const items = virtualizer.getVirtualItems();
    const shows = (i: number) =>
      items.some(
        (v) => v.index === i && v.end > el.scrollTop && v.start < el.scrollTop + el.clientHeight,
      );
    if (selection && (anchor === selection.start || anchor === selection.end)) {
      const focus = blockOf(anchor === selection.start ? selection.end - 1 : selection.start);
      if (focus >= 0 && !shows(focus)) virtualizer.scrollToIndex(focus, { align: 'auto' });
      return;
    }
    const target =
      selectedSegmentId !== null ? segments.find((x) => x.id === selectedSegmentId) : selection;
    if (!target) return;
    const first = blockOf(target.start);
    const last = blockOf(Math.max(target.start, target.end - 1));
    if (first < 0) return;
    if (!shows(first) && !shows(last)) virtualizer.scrollToIndex(first, { align: 'start' });
  }, [selectedSegmentId, selection, anchor, segments, blocks, virtualizer]);
  if (!doc) return null;

  return (
    <div
      ref={scroller}
      className="transcript-scroll coding"
      data-document-id={doc.id}
      tabIndex={0}
      aria-label={t('reading.transcript')}
      onMouseDown={onMouseDown}
      style={{ ['--lanes' as string]: lanesUsed }}
    >
      <div className="transcript" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const block = blocks[item.index];
          if (!block) return null;
          const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
          const here = passagesOf(block, segments);
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-block-start={block.start}
              data-text-start={block.textStart}
              data-block-end={block.end}
              ref={virtualizer.measureElement}
              className={`block coded ${block.kind} role-${speaker?.role ?? 'none'}${block.opensTurn ? ' opens' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <CodedBlock
                block={block}
                text={doc.text}
                speakerLabel={block.opensTurn && speaker ? speaker.label : null}
                role={speaker?.role ?? 'none'}
                segments={here}
                lanes={lanes}
                selection={
                  selection && selection.start < block.end && selection.end > block.start
                    ? selection
                    : null
                }
                selectedSegmentId={
                  here.some((s) => s.id === selectedSegmentId) ? selectedSegmentId : null
                }
                onSelectSegment={selectSegment}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
