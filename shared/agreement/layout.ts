// An agreement result laid out as printed tables: per code, per code group and (when asked) the
// segment view, each with its headings, rows of typed cells and the notes that name the unit and the
// formulas. The view and every export (XLSX, DOCX, CSV, Markdown) draw this same layout.
import { formatCount, formatPct, roundHalfUp } from '../tables/format';
import type { TableLanguage } from '../tables/words';
import type { AgreementResult } from './types';
import { agreementNoteText, agreementWords, fill, unitName } from './words';

export type CellKind = 'label' | 'count' | 'percent' | 'coefficient';
export type CellValue = string | number | null;

export interface LayoutColumn {
  label: string;
  kind: CellKind;
}

export interface AgreementTableLayout {
  id: 'codes' | 'groups' | 'overlap';
  title: string;
  columns: LayoutColumn[];
  /** `key` is the code's or group's key (the JSON's), for the view to link rows. */
  rows: { key: string; cells: CellValue[] }[];
  notes: string[];
}

/** Coefficients to three decimals, percents to one, in the language's decimal mark; null: "–". */
export function formatCell(value: CellValue, kind: CellKind, language: TableLanguage): string {
  if (value === null) return kind === 'label' ? '' : '–';
  if (typeof value === 'string') return value;
  if (kind === 'count') return formatCount(value, language);
  if (kind === 'percent') return formatPct(value, language);
  if (kind === 'coefficient') {
    const text = roundHalfUp(value, 3).toFixed(3);
    return language === 'sv' ? text.replace('.', ',').replace('-', '−') : text;
  }
  return String(value);
}

type Result = Pick<
  AgreementResult,
  'unit' | 'coders' | 'documents' | 'codes' | 'groups' | 'notes' | 'overlap'
>;

export function agreementTables(
  result: Result,
  language: TableLanguage,
  codeLabel: (key: string, name: string) => string = (key, name) =>
    key === name ? name : `${key}. ${name}`,
): AgreementTableLayout[] {
  const w = agreementWords(language);
  const c = w.columns;
  const many = result.coders.length > 2;
  const character = result.unit === 'character';
  const scope = fill(w.notes.scope, {
    coders: result.coders.join(', '),
    documents: formatCount(result.documents.length, language),
  });
  const unitNote = character
    ? w.notes.unitCharacter
    : fill(w.notes.unit, { unit: unitName(result.unit, language) });
  // Notes on ambiguity and on the groups' alpha go under the groups' table, the rest under the codes'.
  const forGroups = (n: Result['notes'][number]) =>
    n.code === 'ambiguous' || n.params.coefficient === 'alpha_nominal';
  const text = (n: Result['notes'][number]) => agreementNoteText(n, language);
  const tables: AgreementTableLayout[] = [
    {
      id: 'codes',
      title: w.titles.codes,
      columns: [
        { label: c.code, kind: 'label' },
        { label: c.units, kind: 'count' },
        { label: many ? c.all : c.both, kind: 'count' },
        ...result.coders.map((coder) => ({
          label: fill(c.only, { coder }),
          kind: 'count' as const,
        })),
        { label: c.neither, kind: 'count' },
        { label: c.percent, kind: 'percent' },
        { label: many ? c.fleiss : c.kappa, kind: 'coefficient' },
        { label: character ? c.uAlpha : c.alpha, kind: 'coefficient' },
      ],
      rows: result.codes.map((r) => ({
        key: r.key,
        cells: [
          codeLabel(r.key, r.name),
          r.units,
          r.both,
          ...result.coders.map((coder) => r.only[coder] ?? 0),
          r.neither,
          r.percent_agreement,
          many ? r.fleiss_kappa : r.kappa,
          r.alpha,
        ],
      })),
      notes: [
        unitNote,
        scope,
        w.notes.percent,
        many ? w.notes.fleiss : w.notes.kappa,
        character ? w.notes.uAlpha : w.notes.alpha,
        ...result.notes.filter((n) => !forGroups(n)).map(text),
      ],
    },
  ];
  if (result.groups.length > 0)
    tables.push({
      id: 'groups',
      title: w.titles.groups,
      columns: [
        { label: c.group, kind: 'label' },
        { label: c.units, kind: 'count' },
        { label: c.pairable, kind: 'count' },
        { label: c.ambiguous, kind: 'count' },
        { label: c.percent, kind: 'percent' },
        { label: character ? c.cuAlpha : c.alphaNominal, kind: 'coefficient' },
      ],
      rows: result.groups.map((g) => ({
        key: g.key,
        cells: [g.name, g.units, g.pairable, g.ambiguous, g.percent_agreement, g.alpha_nominal],
      })),
      notes: [
        unitNote,
        scope,
        w.notes.groups,
        character ? w.notes.cuAlpha : w.notes.alphaNominal,
        ...result.notes.filter(forGroups).map(text),
      ],
    });
  const overlap = result.overlap;
  if (overlap)
    tables.push({
      id: 'overlap',
      title: w.titles.overlap,
      columns: [
        { label: c.code, kind: 'label' },
        ...result.coders.flatMap((coder) => [
          { label: fill(c.passages, { coder }), kind: 'count' as const },
          { label: fill(c.matched, { coder }), kind: 'count' as const },
        ]),
        { label: c.percent, kind: 'percent' },
      ],
      rows: overlap.codes.map((r) => ({
        key: r.key,
        cells: [
          codeLabel(r.key, r.name),
          ...result.coders.flatMap((coder) => [r.passages[coder] ?? 0, r.matched[coder] ?? 0]),
          r.percent_agreement,
        ],
      })),
      notes: [
        fill(w.notes.overlap, { threshold: formatPct(overlap.threshold * 100, language, 0) }),
        scope,
      ],
    });
  return tables;
}
