// One row per column of the sheet: its header, a few of its answers, its role, and for a ranked
// question the question's name (shared by the question's columns). Editing is the mapping.
import { useTranslation } from 'react-i18next';
import type { SurveyPreview } from '../../../shared/survey/types';
import { ROLES, setGroup, setRole, type ColumnRole, type Role } from './roles';

const EXAMPLES = 3;

interface Props {
  preview: SurveyPreview;
  roles: ColumnRole[];
  onChange: (roles: ColumnRole[]) => void;
}

/** The first few distinct non-empty answers of a column, as the user would recognise them. */
function examples(preview: SurveyPreview, index: number): string[] {
  const values = preview.sample.map((row) => row[index] ?? '').filter((v) => v !== '');
  return [...new Set(values)].slice(0, EXAMPLES);
}

export function SurveyColumns({ preview, roles, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll survey-columns">
      <table className="survey-table">
        <caption className="visually-hidden">{t('survey.mappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.column')}</th>
            <th scope="col">{t('survey.examples')}</th>
            <th scope="col">{t('survey.role')}</th>
            <th scope="col">{t('survey.question')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r, i) => (
            <tr key={i} className={r.role === 'ignore' ? 'ignored' : undefined}>
              <th scope="row">{r.column || '–'}</th>
              <td className="survey-examples">
                {examples(preview, i).map((v, j) => (
                  <span key={j} className="survey-example" title={v}>
                    {v}
                  </span>
                ))}
              </td>
              <td>
                {r.locked ? (
                  <span className="muted">{t(`survey.locked.${r.locked}`)}</span>
                ) : (
                  <select
                    aria-label={t('survey.roleFor', { column: r.column })}
                    value={r.role}
                    onChange={(e) => onChange(setRole(roles, r.column, e.target.value as Role))}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`survey.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td>
                {r.role === 'ranked' && (
                  <input
                    type="text"
                    aria-label={t('survey.groupFor', { column: r.column })}
                    value={r.group}
                    onChange={(e) => onChange(setGroup(roles, r.column, e.target.value))}
                  />
                )}
                {/* An open question is named by its column. */}
                {r.role === 'text' && <span className="muted">{r.column}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
