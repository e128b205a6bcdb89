// MAXQDA's segment view: the passages that found no passage of the same code, overlapping enough,
// in the other coders' coding; each opens in Kodning.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementResult } from '../../../shared/agreement/types';
import { useStore } from '../../store';

const PAGE = 50;

export function UnmatchedList({ result }: { result: AgreementResult }) {
  const { t } = useTranslation();
  const jump = useStore((s) => s.jumpToPassage);
  const codes = useStore((s) => s.codes);
  const [shown, setShown] = useState(PAGE);
  const list = result.overlap?.unmatched ?? [];
  const name = (key: string) =>
    codes.find((c) => (c.number !== null ? String(c.number) === key : c.name === key))?.name ?? key;
  return (
    <section className="unmatched" aria-labelledby="unmatched-heading">
      <h3 id="unmatched-heading">{t('agreement.unmatched')}</h3>
      <p>{t('agreement.unmatchedCount', { count: list.length })}</p>
      <ol className="unmatched-list">
        {list.slice(0, shown).map((u) => (
          <li key={`${u.segmentId}:${u.key}`}>
            <button
              type="button"
              className="link-button"
              onClick={() => void jump(u.documentId, u.segmentId)}
            >
              {u.document}
            </button>{' '}
            <span className="coder-name">{u.coder}</span> · {name(u.key)}
            <blockquote className="disagreement-text">{u.text}</blockquote>
          </li>
        ))}
      </ol>
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('agreement.showMore', { count: Math.min(PAGE, list.length - shown) })}
        </button>
      )}
    </section>
  );
}
