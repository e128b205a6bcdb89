// A select of everything that can stand on an axis, grouped as the researcher thinks of them:
// code groups, parent codes, attributes of interviews, attributes of respondents, and the matrices
// (the interviews themselves; the rows' code group against itself, its co-occurrence).
import { useTranslation } from 'react-i18next';
import type { AxisOption } from '../../../shared/api/contract-tables';
import { axisLabel } from '../../../shared/tables/axes';

interface Props {
  label: string;
  axes: AxisOption[];
  value: string | null;
  /** Offers "no columns" as the first choice. */
  allowNone?: boolean;
  /** An axis that cannot be chosen here (the one already on the other axis). */
  exclude?: string | null;
  /** Offers this code group against itself (a co-occurrence matrix) under the matrices. */
  cooccurrenceOf?: string | null;
  onChange: (name: string | null) => void;
}

const NONE = '\u0000none';
const SAME = '\u0000same';

export function AxisSelect({
  label,
  axes,
  value,
  allowNone = false,
  exclude,
  cooccurrenceOf = null,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const documents = axes.find((a) => a.kind === 'documents');
  const same = cooccurrenceOf !== null && value === cooccurrenceOf;
  const groups: [string, AxisOption[]][] = [
    [t('tables.axisGroups.group'), axes.filter((a) => a.kind === 'group')],
    [t('tables.axisGroups.code'), axes.filter((a) => a.kind === 'code')],
    [
      t('tables.axisGroups.documents'),
      axes.filter((a) => a.kind === 'attribute' && a.of !== 'respondents'),
    ],
    [
      t('tables.axisGroups.respondents'),
      axes.filter((a) => a.kind === 'attribute' && a.of === 'respondents'),
    ],
  ];
  return (
    <label className="axis-field">
      <span className="field-label">{label}</span>
      <select
        aria-label={label}
        value={same ? SAME : (value ?? NONE)}
        onChange={(e) => {
          const chosen = e.target.value;
          onChange(chosen === NONE ? null : chosen === SAME ? cooccurrenceOf : chosen);
        }}
      >
        {allowNone && <option value={NONE}>{t('tables.noColumns')}</option>}
        {groups
          .filter(([, options]) => options.length > 0)
          .map(([name, options]) => (
            <optgroup key={name} label={name}>
              {options.map((a) => (
                <option key={a.name} value={a.name} disabled={a.name === exclude}>
                  {axisLabel(a.name, (name) => t('tables.attributeAxis', { name }))}
                </option>
              ))}
            </optgroup>
          ))}
        {(documents || cooccurrenceOf !== null) && (
          <optgroup label={t('tables.axisGroups.matrices')}>
            {documents && (
              <option value={documents.name} disabled={documents.name === exclude}>
                {t('tables.documentsAxis')}
              </option>
            )}
            {cooccurrenceOf !== null && (
              <option value={SAME}>{t('tables.cooccurrenceAxis', { name: cooccurrenceOf })}</option>
            )}
          </optgroup>
        )}
      </select>
    </label>
  );
}
