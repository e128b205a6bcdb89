// Autocode: one code, one unit (hit, sentence, paragraph, turn), what to do with passages that
// already have the code, what it will do ("3 nya, 1 utökat, 2 redan kodade"), a preview of the
// passages, then one step that codes every chosen hit (on every page), undone as one by Ctrl+Z.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { EXISTING_PASSAGE } from '../../../shared/api/contract-search';
import { countChosen } from '../../../shared/coding/hit-choice';
import type { AutocodeUnit } from '../../../shared/coding/types';
import { BusyBar } from '../retrieval/BusyBar';
import { CodePicker } from '../retrieval/CodePicker';
import { useStore } from '../../store';
import { planKey } from '../../store/search-slice';
import { tally } from './autocode-tally';

const UNITS: AutocodeUnit[] = ['match', 'sentence', 'paragraph', 'turn'];
/** Changes to the choice are gathered this long before autocode's counts are asked for again. */
const SETTLE_MS = 200;

export function AutocodePanel() {
  const { t } = useTranslation();
  const s = useStore(
    useShallow((st) => ({
      page: st.searchPage,
      unit: st.autocodeUnit,
      existing: st.autocodeExisting,
      choice: st.hitChoice,
      codeId: st.autocodeCodeId,
      codes: st.codes,
      codeCounts: st.codeCounts,
      plan: st.autocodePlan,
      key: planKey(st),
      planFor: st.planFor,
      preview: st.preview,
      previewing: st.previewing,
      autocoding: st.autocoding,
      outcome: st.autocodeOutcome,
      undoState: st.undoState,
      planAutocode: st.planAutocode,
      setAutocodeCode: st.setAutocodeCode,
      setAutocodeUnit: st.setAutocodeUnit,
      setAutocodeExisting: st.setAutocodeExisting,
      showPreview: st.showPreview,
      hidePreview: st.hidePreview,
      applyAutocode: st.applyAutocode,
    })),
  );
  const { plan, key, codeId, outcome, planAutocode } = s;
  const planCurrent = key !== null && s.planFor === key;
  const code = s.codes.find((c) => c.id === codeId) ?? null;
  const chosen = s.page ? countChosen(s.choice, s.page.documents) : 0;
  const toCode = planCurrent && plan ? plan.created + plan.extended : null;
  const outcomeCurrent =
    outcome !== null && s.undoState.canUndo && s.undoState.undoSummary === outcome.undoSummary;

  // What autocode would do is counted on the Node side over every chosen hit, once the choice settles.
  // Every change of what is chosen or how asks again (an answer for older settings is not current).
  useEffect(() => {
    if (planCurrent || chosen === 0) return;
    const timer = setTimeout(() => void planAutocode(), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key, planCurrent, chosen, planAutocode]);

  // The outcome appears at the panel's foot; make sure it is seen.
  const outcomeBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcomeCurrent) outcomeBox.current?.scrollIntoView({ block: 'nearest' });
  }, [outcomeCurrent, outcome]);

  return (
    <section className="autocode-panel" aria-labelledby="autocode-heading">
      <h3 id="autocode-heading">{t('retrieval.autocode.title')}</h3>
      <p className="help tight">{t('retrieval.autocode.intro')}</p>
      <CodePicker
        label={t('retrieval.autocode.code')}
        single
        selected={codeId === null ? [] : [codeId]}
        onChange={(ids) => s.setAutocodeCode(ids[0] ?? null)}
      />
      {code && (
        <p className="small muted" aria-live="polite">
          {t('retrieval.autocode.codeCount', {
            code: code.name,
            count: s.codeCounts[code.id] ?? 0,
          })}
        </p>
      )}
      <fieldset className="unit-choice">
        <legend>{t('retrieval.autocode.unit')}</legend>
        {UNITS.map((u) => (
          <label key={u} className="radio-row">
            <input
              type="radio"
              name="autocode-unit"
              checked={s.unit === u}
              onChange={() => s.setAutocodeUnit(u)}
            />
            <span>{t(`retrieval.autocode.units.${u}`)}</span>
            <span className="muted small">{t(`retrieval.autocode.unitHints.${u}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="unit-choice">
        <legend>{t('retrieval.autocode.existing')}</legend>
        {EXISTING_PASSAGE.map((e) => (
          <label key={e} className="radio-row two">
            <input
              type="radio"
              name="autocode-existing"
              checked={s.existing === e}
              onChange={() => s.setAutocodeExisting(e)}
            />
            <span>
              {t(
                e === 'widen'
                  ? 'retrieval.autocode.existingWiden'
                  : 'retrieval.autocode.existingSkip',
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {chosen === 0 && <p className="small muted">{t('retrieval.autocode.noChecked')}</p>}
      {chosen > 0 && !code && <p className="small muted">{t('retrieval.autocode.noCode')}</p>}
      {chosen > 0 && plan && planCurrent && (
        <p className="autocode-plan" aria-live="polite">
          {t('retrieval.autocode.passagesOf', {
            count: plan.passages,
            hits: plan.hits,
            tally: tally(t, plan),
          })}
        </p>
      )}
      <div className="button-row left">
        <button
          type="button"
          aria-pressed={s.preview !== null}
          disabled={chosen === 0 || s.previewing}
          onClick={() => void (s.preview ? s.hidePreview() : s.showPreview())}
        >
          {s.preview ? t('retrieval.autocode.previewHide') : t('retrieval.autocode.preview')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!code || chosen === 0 || s.autocoding || toCode === 0}
          title={t('retrieval.autocode.applyHint')}
          onClick={() => void s.applyAutocode()}
        >
          {t('retrieval.autocode.apply', { count: toCode ?? chosen })}
        </button>
      </div>
      {s.previewing && <BusyBar label={t('retrieval.autocode.previewing')} />}
      {s.autocoding && <BusyBar label={t('retrieval.autocode.applying')} />}
      {outcomeCurrent && (
        <div ref={outcomeBox} className="autocode-outcome" role="status">
          <strong>{t('retrieval.autocode.done', { tally: tally(t, outcome) })}</strong>
          <p className="small muted">{t('retrieval.autocode.doneHint')}</p>
        </div>
      )}
    </section>
  );
}
