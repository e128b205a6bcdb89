// The chosen candidate: its forms, where it occurs (keyword in context), and what else can be
// decided about it: merge it with another candidate (one person, one pseudonym), never propose
// it again, forget the decision, or remove an own addition.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { findCandidate } from '../../store/pseudonymise-slice';
import { useReviewList } from './CandidateTable';

export function CandidateDetail() {
  const { t } = useTranslation();
  const list = useReviewList();
  const selected = useStore((s) => s.pseudoSelected);
  const decisions = useStore((s) => s.pseudoDecisions);
  const decide = useStore((s) => s.decidePseudo);
  const forget = useStore((s) => s.forgetPseudo);
  const setStopWord = useStore((s) => s.setStopWord);
  const [target, setTarget] = useState('');
  const c = findCandidate(list, selected);
  if (!c) return <p className="muted">{t('pseudo.detailEmpty')}</p>;
  const others = list.filter((o) => o.text !== c.text && o.kind === c.kind);
  const decided = decisions.some((d) => d.text === c.text);

  return (
    <div className="pseudo-detail">
      <h3>{c.text}</h3>
      <p className="muted">
        {t(`pseudo.kinds.${c.kind}`)} · {c.count} · {t(`pseudo.statuses.${c.status}`)}
      </p>
      <h4>{t('pseudo.forms')}</h4>
      <p className="pseudo-forms">{c.forms.join(', ')}</p>
      {c.merged.length > 0 && (
        <p>
          {t('pseudo.merged', { texts: c.merged.join(', ') })}{' '}
          {c.merged.map((m) => (
            <button
              key={m}
              type="button"
              className="link"
              onClick={() => void decide([{ text: m, kind: c.kind, mergedInto: null }])}
            >
              {t('pseudo.unmerge', { text: m })}
            </button>
          ))}
        </p>
      )}
      <h4>{t('pseudo.contexts')}</h4>
      <ul className="pseudo-kwic">
        {c.contexts.map((k, i) => (
          <li key={i}>
            <span className="muted">
              {k.document ?? t('pseudo.fields.other')} · {t(`pseudo.fields.${k.field}`)}
            </span>
            <span className="kwic-line">
              {k.before}
              <mark>{k.match}</mark>
              {k.after}
            </span>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <form
          className="pseudo-merge"
          onSubmit={(e) => {
            e.preventDefault();
            if (target)
              void decide([{ text: c.text, kind: c.kind, mergedInto: target, status: 'accepted' }]);
          }}
        >
          <label>
            {t('pseudo.mergeInto')}{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="" />
              {others.map((o) => (
                <option key={o.text} value={o.text}>
                  {o.text}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" disabled={!target} title={t('pseudo.mergeHint')}>
            {t('pseudo.mergeButton')}
          </button>
        </form>
      )}
      <div className="button-row left">
        {!c.added && (
          <button
            type="button"
            title={t('pseudo.neverProposeHint')}
            onClick={() => void setStopWord(c.text, true)}
          >
            {t('pseudo.neverPropose')}
          </button>
        )}
        {decided && (
          <button type="button" onClick={() => void forget([c.text])}>
            {c.added ? t('pseudo.removeAdded') : t('pseudo.forget')}
          </button>
        )}
      </div>
    </div>
  );
}
