// The retrieval query: codes that must all apply, codes of which one applies, codes that must not;
// attribute values to keep; which speakers' words count. Enter anywhere outside a picker runs it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import type { RoleFilter } from '../../store/retrieval-slice';
import { attributeValues } from './describe-query';
import { CodePicker } from './CodePicker';

const ROLES: RoleFilter[] = ['participant', 'interviewer', 'none'];
/** A category with more values than this is not offered as a filter. */
const MAX_VALUES = 60;

export function QueryBuilder() {
  const { t } = useTranslation();
  const query = useStore((s) => s.retrievalQuery);
  const setQuery = useStore((s) => s.setRetrievalQuery);
  const reset = useStore((s) => s.clearRetrievalQuery);
  const run = useStore((s) => s.runRetrieval);
  const retrieving = useStore((s) => s.retrieving);
  const attributes = useStore((s) => s.attributes);
  const documents = useStore((s) => s.documents);
  const filters = useMemo(
    () =>
      attributes
        // Categories only: dates, numbers and free text make long lists of one-off values.
        .filter((a) => a.type === 'category')
        .map((a) => ({
          name: a.name,
          values: attributeValues(
            a,
            documents.map((d) => d.attributes[a.name]),
          ),
        }))
        .filter((a) => a.values.length > 0 && a.values.length <= MAX_VALUES),
    [attributes, documents],
  );

  function toggleValue(name: string, value: string) {
    const current = query.attributes[name] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setQuery({ attributes: { ...query.attributes, [name]: next } });
  }
  function toggleRole(role: RoleFilter) {
    const roles = query.roles.includes(role)
      ? query.roles.filter((r) => r !== role)
      : [...query.roles, role];
    setQuery({ roles: ROLES.filter((r) => roles.includes(r)) });
  }

  return (
    <form
      className="query-builder"
      aria-label={t('retrieval.query')}
      onSubmit={(e) => {
        e.preventDefault();
        if (query.roles.length > 0) void run();
      }}
    >
      <fieldset className="query-codes">
        <legend>{t('retrieval.query')}</legend>
        <CodePicker
          label={t('retrieval.all')}
          hint={t('retrieval.allHint')}
          selected={query.all}
          exclude={[...query.any, ...query.none]}
          onChange={(all) => setQuery({ all })}
        />
        <CodePicker
          label={t('retrieval.any')}
          selected={query.any}
          exclude={[...query.all, ...query.none]}
          onChange={(any) => setQuery({ any })}
        />
        <CodePicker
          label={t('retrieval.none')}
          selected={query.none}
          exclude={[...query.all, ...query.any]}
          onChange={(none) => setQuery({ none })}
        />
      </fieldset>

      <fieldset className="query-attributes">
        <legend>{t('retrieval.attributes')}</legend>
        {filters.length === 0 ? (
          <p className="muted small">{t('retrieval.noAttributes')}</p>
        ) : (
          <>
            <p className="help tight">{t('retrieval.attributesHint')}</p>
            {filters.map((f) => (
              <fieldset key={f.name} className="value-group">
                <legend>{f.name}</legend>
                {f.values.map((v) => (
                  <label key={v} className="check-chip">
                    <input
                      type="checkbox"
                      checked={query.attributes[f.name]?.includes(v) ?? false}
                      onChange={() => toggleValue(f.name, v)}
                    />
                    {v}
                  </label>
                ))}
              </fieldset>
            ))}
          </>
        )}
      </fieldset>

      <fieldset className="query-roles">
        <legend>{t('retrieval.speakers')}</legend>
        {ROLES.map((r) => (
          <label key={r} className="checkbox">
            <input
              type="checkbox"
              checked={query.roles.includes(r)}
              onChange={() => toggleRole(r)}
            />
            {t(`retrieval.roles.${r}`)}
          </label>
        ))}
        {query.roles.length === 0 && <p className="field-error">{t('retrieval.noRole')}</p>}
      </fieldset>

      <div className="button-row left query-actions">
        <button
          type="submit"
          className="primary"
          disabled={retrieving || query.roles.length === 0}
          title={t('retrieval.runHint')}
        >
          {t('retrieval.run')}
        </button>
        <button type="button" onClick={reset}>
          {t('retrieval.clear')}
        </button>
      </div>
    </form>
  );
}
