// Sorting and filtering the documents list: pure, so the rules are tested apart from the UI.
import type { AttributeValues, DocumentSummary } from './types';

export type SortKey =
  { kind: 'name' | 'words' | 'speakers' | 'codings' } | { kind: 'attribute'; name: string };
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export interface DocumentFilter {
  text: string;
  /** Attribute name -> the value a document must have (one of its values, for multi-value ones). */
  attributes: Record<string, string>;
}

export function valueText(values: AttributeValues, name: string): string {
  const v = values[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

function compare(a: DocumentSummary, b: DocumentSummary, key: SortKey): number {
  switch (key.kind) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'words':
      return a.words - b.words;
    case 'speakers':
      return a.speakers.length - b.speakers.length;
    case 'codings':
      return a.codings - b.codings;
    case 'attribute': {
      const va = valueText(a.attributes, key.name);
      const vb = valueText(b.attributes, key.name);
      // Documents without a value go last, whichever the direction.
      if (!va || !vb) return va ? -1 : vb ? 1 : 0;
      // The collator reads "7.25" as 7, 25 (after "7.5") and ignores a minus sign.
      const na = plainNumber(va);
      const nb = plainNumber(vb);
      if (na !== null && nb !== null) return na - nb;
      return collator.compare(va, vb);
    }
  }
}

function plainNumber(value: string): number | null {
  return /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : null;
}

export function sortAndFilter(
  docs: DocumentSummary[],
  order: SortOrder,
  filter: DocumentFilter,
): DocumentSummary[] {
  const needle = filter.text.trim().toLocaleLowerCase('sv');
  const wanted = Object.entries(filter.attributes).filter(([, v]) => v !== '');
  const kept = docs.filter((d) => {
    if (
      needle &&
      !d.name.toLocaleLowerCase('sv').includes(needle) &&
      !Object.values(d.attributes)
        .flat()
        .some((v) => v.toLocaleLowerCase('sv').includes(needle))
    ) {
      return false;
    }
    return wanted.every(([name, value]) => {
      const v = d.attributes[name];
      return Array.isArray(v) ? v.includes(value) : v === value;
    });
  });
  const sign = order.descending ? -1 : 1;
  return kept.sort((a, b) => {
    const missingLast =
      order.key.kind === 'attribute' &&
      (!valueText(a.attributes, order.key.name) || !valueText(b.attributes, order.key.name));
    const c = compare(a, b, order.key);
    return (missingLast ? c : sign * c) || collator.compare(a.name, b.name);
  });
}
