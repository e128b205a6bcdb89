// The researcher's own additions (any word or phrase, with its kind and replacement) and the words
// never to propose, kept in the project.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIXED_PROPOSALS } from '../../../shared/pseudonymise/proposals';
import { PSEUDO_KINDS, type PseudoKind } from '../../../shared/pseudonymise/types';
import { useStore } from '../../store';

export function OwnWords() {
  const { t } = useTranslation();
  const stopWords = useStore((s) => s.pseudoStopWords);
  const decide = useStore((s) => s.decidePseudo);
  const setStopWord = useStore((s) => s.setStopWord);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<PseudoKind>('other');
  const [replacement, setReplacement] = useState('');

  function add(e: SyntheticEvent) {
    e.preventDefault();
    const word = text.trim();
    if (!word) return;
    const proposal = replacement.trim() || (kind === 'name' ? null : FIXED_PROPOSALS[kind]);
    void decide([{ text: word, kind, status: 'accepted', replacement: proposal, added: true }]);
    setText('');
    setReplacement('');
  }

  return (
    <div className="pseudo-own">
      <form onSubmit={add}>
        <h3>{t('pseudo.addHeading')}</h3>
        <label>
          {t('pseudo.addText')}
          <input type="text" value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        <label>
          {t('pseudo.addKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as PseudoKind)}>
            {PSEUDO_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`pseudo.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pseudo.addReplacement')}
          <input
            type="text"
            value={replacement}
            placeholder={kind === 'name' ? 'Person …' : FIXED_PROPOSALS[kind]}
            onChange={(e) => setReplacement(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!text.trim()}>
          {t('pseudo.addButton')}
        </button>
      </form>
      <h3>{t('pseudo.stopWords')}</h3>
      {stopWords.length === 0 ? (
        <p className="muted">{t('pseudo.noStopWords')}</p>
      ) : (
        <ul className="pseudo-chips">
          {stopWords.map((w) => (
            <li key={w}>
              {w}{' '}
              <button
                type="button"
                className="link"
                aria-label={t('pseudo.stopWordRemove', { word: w })}
                title={t('pseudo.stopWordRemove', { word: w })}
                onClick={() => void setStopWord(w, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
