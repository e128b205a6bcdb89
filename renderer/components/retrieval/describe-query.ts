// The retrieval query in words ("Kodade avsnitt med Område 3: … och Störst behov. Grupp: Chefer."),
// shown above the list and written under the title of an exported Word document.
import { valuesInUse } from '../../../shared/attributes/in-use';
import type { TFunction } from 'i18next';
import type { Attribute } from '../../../shared/attributes/types';
import type { Code } from '../../../shared/codebook/types';
import type { RetrievalQuery } from '../../store/retrieval-slice';

type CodeLike = Pick<Code, 'name' | 'number'>;

export function codeName(code: CodeLike, t: TFunction): string {
  return code.number === null
    ? code.name
    : t('codebook.area', { number: code.number, name: code.name });
}

export function describeQuery(query: RetrievalQuery, codes: readonly Code[], t: TFunction): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names = (ids: number[], joiner: string) =>
    ids
      .map((id) => byId.get(id))
      .filter((c): c is Code => c !== undefined)
      .map((c) => codeName(c, t))
      .join(joiner);
  const and = t('retrieval.describe.and');
  const or = t('retrieval.describe.or');
  const parts: string[] = [];
  if (query.all.length) parts.push(t('retrieval.describe.all', { codes: names(query.all, and) }));
  if (query.any.length) parts.push(t('retrieval.describe.any', { codes: names(query.any, or) }));
  if (query.none.length) parts.push(t('retrieval.describe.none', { codes: names(query.none, or) }));
  const head = parts.length
    ? `${t('retrieval.describe.coded')} ${parts.join(', ')}.`
    : `${t('retrieval.describe.allCoded')}.`;
  const filters = Object.entries(query.attributes)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => t('retrieval.describe.attribute', { name, values: values.join(or) }));
  const roles = t('retrieval.describe.roles', {
    roles: query.roles.map((r) => t(`retrieval.roles.${r}`).toLocaleLowerCase()).join(', '),
  });
  return [head, ...filters, roles].join(' ');
}

/** A short title for the exported file: "Kodade avsnitt – Lokaler och kontorslandskap". */
export function exportTitle(query: RetrievalQuery, codes: readonly Code[], t: TFunction): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const named = [...query.all, ...query.any]
    .map((id) => byId.get(id))
    .filter((c): c is Code => c !== undefined)
    .map((c) => (c.number === null ? c.name : `${c.number} ${c.name}`));
  const base = t('retrieval.export.fileTitle');
  if (named.length === 0) return base;
  const shown = named.slice(0, 3).join(', ') + (named.length > 3 ? ' …' : '');
  return `${base} – ${shown}`.slice(0, 150);
}

/** Values to filter an attribute by: those documents use, known choices first (shared/attributes). */
export function attributeValues(
  attribute: Attribute,
  used: readonly (string | string[] | undefined)[],
): string[] {
  return valuesInUse(attribute.choices, used);
}
