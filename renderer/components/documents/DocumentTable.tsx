// The documents list: name, attributes, words, speakers, codings; sortable columns, a filter per
// attribute, selection for setting attributes on many documents at once, and inline editing.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sortAndFilter,
  valueText,
  type SortKey,
  type SortOrder,
} from '../../../shared/documents/table';
import { valuesInUse } from '../../../shared/attributes/in-use';
import type { DocumentSummary } from '../../../shared/documents/types';
import { useStore } from '../../store';
import { AttributeCell } from './AttributeCell';

interface Props {
  selected: Set<number>;
  onSelect: (ids: Set<number>) => void;
}

const sameKey = (a: SortKey, b: SortKey) =>
  a.kind === b.kind && (a.kind !== 'attribute' || (b.kind === 'attribute' && a.name === b.name));

export function DocumentTable({ selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const documents = useStore((s) => s.documents);
  // A questionnaire's variables belong to its respondents, not to the interviews listed here.
  const all = useStore((s) => s.attributes);
  const attributes = useMemo(() => all.filter((a) => !a.respondentsOnly), [all]);
  const showDocument = useStore((s) => s.showDocument);
  const [order, setOrder] = useState<SortOrder>({ key: { kind: 'name' }, descending: false });
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Record<string, string>>({});
  const shown = useMemo(
    () => sortAndFilter(documents, order, { text, attributes: filters }),
    [documents, order, text, filters],
  );
  // A filter per category attribute the documents use, offering only the values they have: a
  // questionnaire's variables (on respondents, not interviews) and unused values stay out.
  const filterable = useMemo(
    () =>
      attributes
        .filter((a) => a.type === 'category')
        .map((attribute) => ({
          attribute,
          values: valuesInUse(
            attribute.choices,
            documents.map((d) => d.attributes[attribute.name]),
          ),
        }))
        .filter((f) => f.values.length > 0),
    [attributes, documents],
  );
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE');

  function header(label: string, key: SortKey, numeric = false) {
    const active = sameKey(order.key, key);
    return (
      <th
        scope="col"
        aria-sort={active ? (order.descending ? 'descending' : 'ascending') : 'none'}
        className={numeric ? 'num' : undefined}
      >
        <button
          type="button"
          className="sort"
          onClick={() => setOrder({ key, descending: active ? !order.descending : false })}
        >
          {label}
          <span aria-hidden="true">{active ? (order.descending ? ' ▾' : ' ▴') : ''}</span>
        </button>
      </th>
    );
  }

  const allShownSelected = shown.length > 0 && shown.every((d) => selected.has(d.id));
  const toggle = (d: DocumentSummary) => {
    const next = new Set(selected);
    if (next.has(d.id)) next.delete(d.id);
    else next.add(d.id);
    onSelect(next);
  };

  return (
    <>
      <div className="filters" role="search" aria-label={t('documents.filterText')}>
        <input
          type="search"
          placeholder={t('documents.filterText')}
          aria-label={t('documents.filterText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {filterable.map(({ attribute: a, values }) => (
          <select
            key={a.id}
            aria-label={t('documents.filterBy', { name: a.name })}
            value={filters[a.name] ?? ''}
            onChange={(e) => setFilters({ ...filters, [a.name]: e.target.value })}
          >
            <option value="">{t('documents.allValues', { name: a.name })}</option>
            {values.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ))}
        <span className="muted">
          {t('documents.shown', { shown: shown.length, total: documents.length })}
        </span>
      </div>
      <div className="table-scroll">
        <table className="documents-table">
          <thead>
            <tr>
              <th scope="col" className="check">
                <input
                  type="checkbox"
                  aria-label={t('documents.selectAll')}
                  checked={allShownSelected}
                  onChange={() =>
                    onSelect(allShownSelected ? new Set() : new Set(shown.map((d) => d.id)))
                  }
                />
              </th>
              {header(t('documents.name'), { kind: 'name' })}
              {attributes.map((a) => header(a.name, { kind: 'attribute', name: a.name }))}
              {header(t('documents.words'), { kind: 'words' }, true)}
              {header(t('documents.speakers'), { kind: 'speakers' }, true)}
              {header(t('documents.codings'), { kind: 'codings' }, true)}
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id} className={selected.has(d.id) ? 'selected' : undefined}>
                <td className="check">
                  <input
                    type="checkbox"
                    aria-label={t('documents.select', { name: d.name })}
                    checked={selected.has(d.id)}
                    onChange={() => toggle(d)}
                  />
                </td>
                <th scope="row">
                  <button type="button" className="link" onClick={() => void showDocument(d.id)}>
                    {d.name}
                  </button>
                </th>
                {attributes.map((a) => (
                  <AttributeCell
                    key={a.id}
                    document={d}
                    attribute={a}
                    text={valueText(d.attributes, a.name)}
                  />
                ))}
                <td className="num">{number.format(d.words)}</td>
                <td className="num">{d.speakers.length}</td>
                <td className="num">{d.codings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
