// Where the coders differ, side by side: the stretch's text and each coder's codes there, a jump to
// it in Kodning, and the settling buttons (keep one coder's coding, or everyone's). Long lists
// are shown a page at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementResult, Disagreement } from '../../../shared/agreement/types';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { CodeSwatch } from '../CodeSwatch';

const PAGE = 50;

function CodeChips({ ids, codes }: { ids: number[]; codes: ReadonlyMap<number, Code> }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <span className="muted">{t('agreement.noCodes')}</span>;
  return (
    <ul className="code-chips">
      {ids.map((id) => {
        const code = codes.get(id);
        if (!code) return null;
        return (
          <li key={id}>
            <CodeSwatch code={code} />
            {code.name}
          </li>
        );
      })}
    </ul>
  );
}

function Item({ d, coders }: { d: Disagreement; coders: string[] }) {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const settle = useStore((s) => s.settleDisagreement);
  const jump = useStore((s) => s.jumpToDisagreement);
  const busy = useStore((s) => s.agreementComputing);
  return (
    <li className="disagreement">
      <div className="disagreement-head">
        <span className="disagreement-doc">{d.document}</span>
        <button type="button" className="link-button" onClick={() => void jump(d)}>
          {t('agreement.jump')}
        </button>
      </div>
      <blockquote className="disagreement-text">{d.text}</blockquote>
      <div className="disagreement-coders">
        {coders.map((coder) => (
          <div key={coder} className="disagreement-coder">
            <span className="coder-name">{coder}</span>
            <CodeChips ids={d.codes[coder] ?? []} codes={byId} />
            <button type="button" disabled={busy} onClick={() => void settle(d, coder)}>
              {t('agreement.keep', { coder })}
            </button>
          </div>
        ))}
      </div>
      <button type="button" disabled={busy} onClick={() => void settle(d, null)}>
        {t('agreement.keepAll')}
      </button>
    </li>
  );
}

export function DisagreementList({ result }: { result: AgreementResult }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const list = result.disagreements;
  return (
    <section className="disagreements" aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading">{t('agreement.disagreements')}</h3>
      {list.length === 0 ? (
        <p className="muted">{t('agreement.noDisagreements')}</p>
      ) : (
        <>
          <p>
            <strong>
              {t('agreement.disagreementsCount', { count: result.disagreementCount })}
            </strong>
          </p>
          <p className="muted small">{t('agreement.settleIntro')}</p>
          <ol className="disagreement-list">
            {list.slice(0, shown).map((d) => (
              <Item key={`${d.documentId}:${d.start}:${d.end}`} d={d} coders={result.coders} />
            ))}
          </ol>
          {list.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t('agreement.showMore', { count: Math.min(PAGE, list.length - shown) })}
            </button>
          )}
          {shown >= list.length && result.disagreementCount > list.length && (
            <p className="muted small">
              {t('agreement.listedFirst', {
                shown: list.length,
                count: result.disagreementCount,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
