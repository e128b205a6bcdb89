// The table's definition: rows, columns, unit and cells in one line; the selection (attribute
// values, coders) and the counting rules (interviewers, pairing) folded below it, summed up in
// words while folded. Every change recomputes the table (the view does that).
import { useTranslation } from 'react-i18next';
import type { AxisOption } from '../../../shared/api/contract-tables';
import { PAIRINGS, PERCENT_BASES, type PercentBase } from '../../../shared/tables/types';
import { useStore } from '../../store';
import { AxisSelect } from './AxisSelect';
import {
  axisByName,
  filterAxes,
  filterValues,
  isCooccurrence,
  needsPairing,
  splitAxes,
  toggleFilter,
  unitsFor,
  usesSpeakers,
} from './definition';

/** The order the cells select offers: a count alone first, then the three percents. */
const CELLS: PercentBase[] = ['none', ...PERCENT_BASES.filter((p) => p !== 'none')];

export function TableBuilder({ axes }: { axes: AxisOption[] }) {
  const { t } = useTranslation();
  const draft = useStore((s) => s.tableDraft);
  const setDraft = useStore((s) => s.setTableDraft);
  const coders = useStore((s) => s.tableCoders);
  const units = unitsFor(axes, draft.rows, draft.cols);
  const filters = filterAxes(axes, draft.unit);
  const pairing = needsPairing(axes, draft.rows, draft.cols);
  const speakers = usesSpeakers(draft.unit);
  const cooccurrence = isCooccurrence(axes, draft.rows, draft.cols);
  const rowsAxis = axisByName(axes, draft.rows);
  const codeRows = rowsAxis?.kind === 'group' || rowsAxis?.kind === 'code';
  const splits = splitAxes(axes, draft);

  const summary = [
    ...draft.filters.map((f) => `${f.name} = ${f.values.join(', ')}`),
    draft.coders.length > 0 ? t('tables.summary.coders', { names: draft.coders.join(', ') }) : '',
    speakers
      ? t(
          draft.includeInterviewers
            ? 'tables.summary.withInterviewers'
            : 'tables.summary.noInterviewers',
        )
      : '',
    pairing ? t(`tables.pairing.${draft.pairing}`) : '',
  ].filter(Boolean);

  return (
    <form
      className="table-builder"
      aria-label={t('tables.definition')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="builder-line">
        <AxisSelect
          label={t('tables.rows')}
          axes={axes}
          value={draft.rows}
          exclude={cooccurrence ? null : draft.cols}
          // A co-occurrence matrix stays one: its other axis follows the rows.
          onChange={(rows) => rows && setDraft(cooccurrence ? { rows, cols: rows } : { rows })}
        />
        <AxisSelect
          label={t('tables.cols')}
          axes={axes}
          value={draft.cols}
          exclude={draft.rows}
          cooccurrenceOf={codeRows ? draft.rows : null}
          allowNone
          onChange={(cols) => setDraft({ cols })}
        />
        <label className="axis-field">
          <span className="field-label">{t('tables.by')}</span>
          <select
            aria-label={t('tables.by')}
            title={t('tables.byHint')}
            value={draft.by ?? ''}
            onChange={(e) => setDraft({ by: e.target.value || null })}
          >
            <option value="">{t('tables.noSplit')}</option>
            {splits.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="axis-field">
          <span className="field-label">{t('tables.unit')}</span>
          <select
            aria-label={t('tables.unit')}
            value={draft.unit}
            onChange={(e) => setDraft({ unit: e.target.value as (typeof units)[number] })}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {t(`tables.units.${u}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="axis-field cells">
          <span className="field-label">{t('tables.cells')}</span>
          <select
            aria-label={t('tables.cells')}
            value={draft.percent}
            onChange={(e) => setDraft({ percent: e.target.value as PercentBase })}
          >
            {CELLS.map((p) => (
              <option key={p} value={p}>
                {t(`tables.percents.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <details className="builder-more">
        <summary>
          <span className="summary-title">{t('tables.selection')}</span>
          <span className="summary-words">
            {summary.length > 0 ? summary.join(' · ') : t('tables.summary.all')}
          </span>
        </summary>
        <div className="builder-more-body">
          <fieldset className="builder-filters">
            <legend>{t('tables.filters')}</legend>
            {filters.length === 0 ? (
              <p className="muted small">{t('tables.noFilters')}</p>
            ) : (
              <>
                <p className="help tight">{t('tables.filtersHint')}</p>
                {filters.map((f) => (
                  <fieldset key={f.name} className="value-group">
                    <legend>{f.name}</legend>
                    {f.values.map((v) => (
                      <label key={v.key} className="check-chip">
                        <input
                          type="checkbox"
                          checked={filterValues(draft, f.name).includes(v.key)}
                          onChange={() => setDraft({ filters: toggleFilter(draft, f.name, v.key) })}
                        />
                        {v.label}
                      </label>
                    ))}
                  </fieldset>
                ))}
              </>
            )}
          </fieldset>

          {speakers && (
            <fieldset className="builder-rules">
              <legend>{t('tables.rules')}</legend>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.includeInterviewers}
                  onChange={(e) => setDraft({ includeInterviewers: e.target.checked })}
                />
                {t('tables.includeInterviewers')}
              </label>
              {pairing && (
                <fieldset className="value-group">
                  <legend>{t('tables.pairingLabel')}</legend>
                  {PAIRINGS.map((p) => (
                    <label key={p} className="radio">
                      <input
                        type="radio"
                        name="table-pairing"
                        value={p}
                        checked={draft.pairing === p}
                        onChange={() => setDraft({ pairing: p })}
                      />
                      {t(`tables.pairing.${p}`)}
                    </label>
                  ))}
                </fieldset>
              )}
              {coders.length > 0 && (
                <fieldset className="value-group">
                  <legend>{t('tables.coders')}</legend>
                  {coders.map((name) => (
                    <label key={name} className="check-chip">
                      <input
                        type="checkbox"
                        checked={draft.coders.includes(name)}
                        onChange={() =>
                          setDraft({
                            coders: draft.coders.includes(name)
                              ? draft.coders.filter((c) => c !== name)
                              : [...draft.coders, name],
                          })
                        }
                      />
                      {name}
                    </label>
                  ))}
                </fieldset>
              )}
            </fieldset>
          )}

          <label className="title-field">
            <span className="field-label">{t('tables.titleLabel')}</span>
            <input
              type="text"
              value={draft.title}
              placeholder={t('tables.titlePlaceholder')}
              onChange={(e) => setDraft({ title: e.target.value })}
            />
          </label>
        </div>
      </details>
    </form>
  );
}
