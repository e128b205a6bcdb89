// The retrieved coded passages: document, speaker, attributes, codes and the passage itself. A
// click (or the document's button) opens the transcript in the coding view at the passage.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetrievedSegment } from '../../../shared/coding/types';
import { useStore } from '../../store';
import { codeName } from './describe-query';
import { CodeSwatch } from '../CodeSwatch';

/** Passages rendered at first and per "Show more"; the export always holds them all. */
const PAGE = 200;

export function ResultList({ segments }: { segments: RetrievedSegment[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const visible = segments.slice(0, shown);
  return (
    <>
      <ol className="result-list" aria-label={t('retrieval.results')}>
        {visible.map((s) => (
          <Result key={s.id} segment={s} />
        ))}
      </ol>
      {segments.length > shown && (
        <div className="button-row left">
          <span className="muted">{t('retrieval.shown', { shown, count: segments.length })}</span>
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            {t('retrieval.showMore')}
          </button>
        </div>
      )}
    </>
  );
}

function Result({ segment: s }: { segment: RetrievedSegment }) {
  const { t } = useTranslation();
  const open = useStore((st) => st.openRetrieved);
  const attributes = Object.entries(s.attributes).filter(([, v]) =>
    Array.isArray(v) ? v.length > 0 : v !== '',
  );
  const go = () => void open(s);
  const role = s.speakerRole && t(`speakers.roles.${s.speakerRole}`);
  return (
    <li
      className="result"
      onClick={(e) => {
        // Selecting words to copy them is not a request to leave the list.
        const selected = window.getSelection();
        if (selected && !selected.isCollapsed) return;
        if ((e.target as HTMLElement).closest('button')) return;
        go();
      }}
    >
      <div className="result-head">
        <button
          type="button"
          className="link result-doc"
          title={t('retrieval.openAt')}
          onClick={go}
        >
          {s.document}
        </button>
        <span className="result-speaker">
          {s.speaker ?? t('retrieval.noSpeaker')}
          {role && role !== s.speaker && <span className="muted"> · {role}</span>}
        </span>
      </div>
      {attributes.length > 0 && (
        <p className="result-attrs muted">
          {attributes
            .map(([name, v]) => `${name}: ${Array.isArray(v) ? v.join(', ') : v}`)
            .join(' · ')}
        </p>
      )}
      <ul className="result-codes" aria-label={t('retrieval.codesOf')}>
        {s.codes.map((c) => (
          <li key={c.id} className="code-chip small" aria-label={codeName(c, t)}>
            <CodeSwatch code={c} />
            <span className="code-chip-name" title={codeName(c, t)}>
              {c.name}
            </span>
          </li>
        ))}
      </ul>
      <blockquote className="result-text">{s.text}</blockquote>
    </li>
  );
}
