// Autocode: one code, one unit (hit, sentence, paragraph, turn), a preview of the widened passages,
// then one step that codes them all, undone as one by Ctrl+Z.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AutocodeUnit } from '../../../shared/coding/types';
import { ProgressBar } from '../ProgressBar';
import { BusyBar } from '../retrieval/BusyBar';
import { CodePicker } from '../retrieval/CodePicker';
import { useStore } from '../../store';
import { passagesOf } from './AutocodePreview';

const UNITS: AutocodeUnit[] = ['match', 'sentence', 'paragraph', 'turn'];

export function AutocodePanel() {
  const { t } = useTranslation();
  const s = useStore(
    useShallow((st) => ({
      searchedFor: st.searchedFor,
      unit: st.autocodeUnit,
      widened: st.widened,
      widenedFor: st.widenedFor,
      checkedHits: st.checkedHits,
      codeId: st.autocodeCodeId,
      codes: st.codes,
      codeCounts: st.codeCounts,
      previewTexts: st.previewTexts,
      previewProgress: st.previewProgress,
      autocoding: st.autocoding,
      outcome: st.autocodeOutcome,
      undoState: st.undoState,
      widenHits: st.widenHits,
      setAutocodeCode: st.setAutocodeCode,
      setAutocodeUnit: st.setAutocodeUnit,
      showPreview: st.showPreview,
      hidePreview: st.hidePreview,
      applyAutocode: st.applyAutocode,
    })),
  );
  const { searchedFor, unit, widened, widenedFor, checkedHits, codeId, outcome, widenHits } = s;
  const code = s.codes.find((c) => c.id === codeId) ?? null;
  const passages = useMemo(
    () => (widened ? passagesOf(widened, checkedHits) : null),
    [widened, checkedHits],
  );
  const current = widenedFor === `${unit}\n${searchedFor ?? ''}`;
  const n = current && passages ? passages.length : checkedHits.size;
  const outcomeCurrent =
    outcome !== null && s.undoState.canUndo && s.undoState.undoSummary === outcome.undoSummary;

  useEffect(() => {
    if (searchedFor) void widenHits();
  }, [searchedFor, unit, widenHits]);

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
              checked={unit === u}
              onChange={() => s.setAutocodeUnit(u)}
            />
            <span>{t(`retrieval.autocode.units.${u}`)}</span>
            <span className="muted small">{t(`retrieval.autocode.unitHints.${u}`)}</span>
          </label>
        ))}
      </fieldset>
      {checkedHits.size === 0 && <p className="small muted">{t('retrieval.autocode.noChecked')}</p>}
      {checkedHits.size > 0 && !code && (
        <p className="small muted">{t('retrieval.autocode.noCode')}</p>
      )}
      <div className="button-row left">
        <button
          type="button"
          aria-pressed={s.previewTexts !== null}
          disabled={checkedHits.size === 0 || s.previewProgress !== null}
          onClick={() => void (s.previewTexts ? s.hidePreview() : s.showPreview())}
        >
          {s.previewTexts ? t('retrieval.autocode.previewHide') : t('retrieval.autocode.preview')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!code || checkedHits.size === 0 || s.autocoding}
          title={t('retrieval.autocode.applyHint')}
          onClick={() => void s.applyAutocode()}
        >
          {t('retrieval.autocode.apply', { count: n })}
        </button>
      </div>
      {s.previewProgress && (
        <ProgressBar
          label={t('retrieval.autocode.previewing')}
          done={s.previewProgress.done}
          total={s.previewProgress.total}
          current={s.previewProgress.current}
        />
      )}
      {s.autocoding && <BusyBar label={t('retrieval.autocode.applying')} />}
      {outcomeCurrent && (
        <div ref={outcomeBox} className="autocode-outcome" role="status">
          <strong>
            {t('retrieval.autocode.done', { created: outcome.created, extended: outcome.extended })}
          </strong>
          <p className="small muted">{t('retrieval.autocode.doneHint')}</p>
        </div>
      )}
    </section>
  );
}
