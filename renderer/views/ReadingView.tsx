// Reading one transcript: speakers set apart on the left of each turn, interviewers distinct, and
// only the visible paragraphs in the page (smooth on a 300,000-character transcript).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toBlocks } from '../../shared/documents/blocks';
import { SpeakerPanel } from '../components/reading/SpeakerPanel';
import { useStore } from '../store';

export function ReadingView() {
  const { t, i18n } = useTranslation();
  const doc = useStore((s) => s.openDocument);
  const showDocument = useStore((s) => s.showDocument);
  const openForCoding = useStore((s) => s.openForCoding);
  const scroller = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => (doc ? toBlocks(doc) : []), [doc]);
  const speakers = useMemo(() => new Map(doc?.speakers.map((s) => [s.id, s]) ?? []), [doc]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing memoises its functions
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 12,
  });
  if (!doc) return null;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE');

  return (
    <section className="reading" aria-labelledby="reading-heading">
      <div className="view-header">
        <button type="button" onClick={() => void showDocument(null)}>
          {t('reading.back')}
        </button>
        <h2 id="reading-heading">{doc.name}</h2>
        <span className="muted">
          {t('reading.stats', { chars: number.format(doc.text.length), turns: doc.turns.length })}
        </span>
        <button type="button" className="primary" onClick={() => void openForCoding(doc.id)}>
          {t('reading.code')}
        </button>
      </div>
      <div className="reading-body">
        <div
          ref={scroller}
          className="transcript-scroll"
          tabIndex={0}
          aria-label={t('reading.transcript')}
        >
          <div className="transcript" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const block = blocks[item.index];
              if (!block) return null;
              const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
              const role = speaker?.role ?? 'none';
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={`block ${block.kind} role-${role}${block.opensTurn ? ' opens' : ''}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <div className="speaker-label">
                    {block.opensTurn && speaker ? speaker.label : ''}
                  </div>
                  <p className="block-text">{doc.text.slice(block.textStart, block.end)}</p>
                </div>
              );
            })}
          </div>
        </div>
        <SpeakerPanel />
      </div>
    </section>
  );
}
