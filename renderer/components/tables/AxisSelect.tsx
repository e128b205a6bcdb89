// A select of everything that can stand on an axis, grouped as the researcher thinks of them:
// code groups, parent codes, attributes of interviews, attributes of respondents.
import { useTranslation } from 'react-i18next';
import type { AxisOption } from '../../../shared/api/contract-tables';

interface Props {
  label: string;
  axes: AxisOption[];
  value: string | null;
  /** Offers "no columns" as the first choice. */
  allowNone?: boolean;
  /** An axis that cannot be chosen here (the one already on the other axis). */
  exclude?: string | null;
  onChange: (name: string | null) => void;
}

const NONE = '\u0000none';

export function AxisSelect({ label, axes, value, allowNone = false, exclude, onChange }: Props) {
  const { t } = useTranslation();
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
        value={value ?? NONE}
        onChange={(e) => onChange(e.target.value === NONE ? null : e.target.value)}
      >
        {allowNone && <option value={NONE}>{t('tables.noColumns')}</option>}
        {groups
          .filter(([, options]) => options.length > 0)
          .map(([name, options]) => (
            <optgroup key={name} label={name}>
              {options.map((a) => (
                <option key={a.name} value={a.name} disabled={a.name === exclude}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </label>
  );
}
