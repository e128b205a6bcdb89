// A table definition turned into counts: resolves the axes and filters against the project, picks
// the population (documents, speakers, respondents, segments), and hands the facts to the pure
// crosstab engine. The facts come from ./facts, which reads them again only after a change; the
// tables counted document by document (./count-by-document) never hold every passage in memory.
import type { Project } from '../../db/project';
import { countByDocument, countByDocumentColumns, countsByDocument } from './count-by-document';
import { readFacts, readStructure, type Facts } from './facts';
import type { tableDefinitionSchema } from '../../shared/api/contract-tables';
import { ApiError } from '../../shared/api/errors';
import { resolveAxis, type AttributeInfo, type AxisSpec } from '../../shared/tables/axes';
import {
  crosstab,
  tableFromCounts,
  type Axis,
  type SegmentFact,
} from '../../shared/tables/crosstab';
import type { ComputedTable, TableNote } from '../../shared/tables/types';
import { defaultTableTitle, tableWords } from '../../shared/tables/words';
import type { z } from 'zod';

export type TableDefinitionInput = z.output<typeof tableDefinitionSchema>;

/** One block of a split table: only the units with this value of the attribute (null: none). */
export interface BlockFilter {
  name: string;
  value: string | null;
}

export function attributeInfos(
  project: Project,
  facts: Pick<Facts, 'documentValues' | 'respondentValues'>,
): AttributeInfo[] {
  const used = new Map<string, Set<string>>();
  for (const values of [facts.documentValues, facts.respondentValues])
    for (const byName of values.values())
      for (const [name, list] of byName)
        for (const v of list) used.set(name, (used.get(name) ?? new Set()).add(v));
  return project.attributes.list().map((a) => ({
    name: a.name,
    choices: a.choices,
    used: [...(used.get(a.name) ?? [])],
  }));
}

export interface ComputeOptions {
  /** Count from the facts in memory even where SQLite would count (tests compare the two). */
  inMemory?: boolean;
  /** Count only one block of a split table (./split). */
  only?: BlockFilter | null;
}

/**
 * The owners a table counts: the interview transcripts, or with the unit respondents the
 * respondents, that pass the filters (and that are in the block, for one block of a split table).
 */
export function populationOwners(
  facts: Pick<Facts, 'documents' | 'respondents' | 'documentValues' | 'respondentValues'>,
  def: TableDefinitionInput,
  only: BlockFilter | null = null,
): number[] {
  const respondentsUnit = def.unit === 'respondents';
  const ownerValues = respondentsUnit ? facts.respondentValues : facts.documentValues;
  const valuesOf = (owner: number, name: string) => ownerValues.get(owner)?.get(name) ?? [];
  const inBlock = (owner: number) => {
    if (!only) return true;
    const values = valuesOf(owner, only.name);
    return only.value === null ? values.length === 0 : values.includes(only.value);
  };
  const passes = (owner: number) =>
    inBlock(owner) &&
    def.filters.every((f) => f.values.some((v) => valuesOf(owner, f.name).includes(v)));
  return respondentsUnit
    ? facts.respondents.filter(passes)
    : facts.documents.filter((d) => d.kind === 'transcript' && passes(d.id)).map((d) => d.id);
}

export function computeTable(
  project: Project,
  def: TableDefinitionInput,
  options: ComputeOptions = {},
): ComputedTable {
  const facts = readStructure(project);
  const codes = project.codes.list();
  const attributes = attributeInfos(project, facts);
  const rows = resolveAxis(def.rows, codes, attributes);
  const cols = def.cols === null ? null : resolveAxis(def.cols, codes, attributes);
  // The same code group on both axes is its co-occurrence matrix; anything else twice is a mistake.
  const cooccurrence =
    rows.kind === 'codes' &&
    cols?.kind === 'codes' &&
    rows.label === cols.label &&
    rows.items.map((i) => i.key).join('\n') === cols.items.map((i) => i.key).join('\n');
  if (cols && rows.label === cols.label && !cooccurrence)
    throw new ApiError(
      'invalid_input',
      `Rows and columns are both "${rows.label}": only a code group can stand on both axes (its co-occurrence matrix); choose two different ones.`,
      { field: 'cols' },
    );

  const respondentsUnit = def.unit === 'respondents';
  const ownerValues = respondentsUnit ? facts.respondentValues : facts.documentValues;
  checkFilters(def, attributes, ownerValues, respondentsUnit);

  const docs = new Map(facts.documents.map((d) => [d.id, d]));
  const only = options.only ?? null;
  const population = populationOwners(facts, def, only);
  let docIds: Set<number>;
  if (respondentsUnit) {
    const chosen = new Set(population);
    docIds = new Set(
      facts.documents
        .filter((d) => d.kind === 'answer' && d.respondent !== null && chosen.has(d.respondent))
        .map((d) => d.id),
    );
  } else docIds = new Set(population);

  const coders = checkCoders(project, def.coders);
  const notes: TableNote[] = [];
  const selection = def.filters.map((f) => `${f.name} = ${f.values.join(' / ')}`);
  if (only)
    selection.push(
      only.value === null
        ? `${only.name}: ${tableWords('sv').missing}`
        : `${only.name} = ${only.value}`,
    );
  if (selection.length) notes.push({ key: 'filters', values: { text: selection.join('; ') } });
  if (coders) notes.push({ key: 'coders', values: { text: [...coders].join(', ') } });
  if (!def.includeInterviewers && !respondentsUnit)
    notes.push({ key: 'interviewersExcluded', values: {} });
  if (rows.kind === 'codes' && cols?.kind === 'codes')
    notes.push({ key: 'pairing', values: { pairing: def.pairing } });

  const title = def.title || defaultTableTitle(rows.label, cols?.label ?? null, 'sv');
  if (
    !options.inMemory &&
    rows.kind === 'codes' &&
    (cols === null || cols.kind === 'codes') &&
    countsByDocument({ ...def, rows, cols })
  )
    return tableFromCounts(
      {
        title,
        unit: def.unit,
        pairing: def.pairing,
        percent: def.percent,
        rows,
        cols,
        cooccurrence,
        notes,
      },
      countByDocument(project, {
        documents: population,
        unit: def.unit,
        pairing: def.pairing,
        rows,
        cols,
        coders,
        includeInterviewers: def.includeInterviewers,
      }),
    );

  // A code x document matrix by passages or interviews: each column is one document's own counts.
  if (
    !options.inMemory &&
    rows.kind === 'codes' &&
    cols?.kind === 'documents' &&
    (def.unit === 'passages' || def.unit === 'interviews')
  ) {
    const items = documentItems(project, docIds);
    return tableFromCounts(
      {
        title,
        unit: def.unit,
        pairing: def.pairing,
        percent: def.percent,
        rows,
        cols: { kind: 'attribute', label: cols.label, items, valuesOf: new Map(), noneLabel: '' },
        notes,
      },
      countByDocumentColumns(project, {
        documents: items.map((item) => Number(item.key)),
        unit: def.unit,
        rows,
        coders,
        includeInterviewers: def.includeInterviewers,
      }),
    );
  }

  const { segments: allSegments } = readFacts(project);
  const segments: (SegmentFact & { speaker: number | null })[] = allSegments.filter(
    (s) =>
      docIds.has(s.doc) &&
      (coders === null || (s.coder !== null && coders.has(s.coder))) &&
      (def.includeInterviewers || respondentsUnit || s.role !== 'interviewer'),
  );

  const roles = def.includeInterviewers ? ['participant', 'interviewer'] : ['participant'];
  let units: number[];
  let unitOf: (s: SegmentFact & { speaker?: number | null }) => number | null;
  let valuesOfUnit: (u: number) => Map<string, string[]> | undefined;
  // The interview a unit belongs to (the documents axis); a respondent belongs to none.
  let docOfUnit: (u: number) => number | undefined = () => undefined;
  switch (def.unit) {
    case 'passages':
      units = segments.map((s) => s.id);
      unitOf = (s) => s.id;
      {
        const docOf = new Map(segments.map((s) => [s.id, s.doc]));
        docOfUnit = (u) => docOf.get(u);
        valuesOfUnit = (u) => facts.documentValues.get(docOf.get(u) ?? -1);
      }
      break;
    case 'interviews':
      units = population;
      unitOf = (s) => s.doc;
      docOfUnit = (u) => u;
      valuesOfUnit = (u) => facts.documentValues.get(u);
      break;
    case 'participants': {
      const speakers = facts.speakers.filter((p) => docIds.has(p.doc) && roles.includes(p.role));
      const docOf = new Map(speakers.map((p) => [p.id, p.doc]));
      units = speakers.map((p) => p.id);
      unitOf = (s) => s.speaker ?? null;
      docOfUnit = (u) => docOf.get(u);
      valuesOfUnit = (u) => facts.documentValues.get(docOf.get(u) ?? -1);
      break;
    }
    default:
      units = population;
      unitOf = (s) => docs.get(s.doc)?.respondent ?? null;
      valuesOfUnit = (u) => facts.respondentValues.get(u);
  }

  const toAxis = (spec: AxisSpec): Axis => {
    if (spec.kind === 'codes') return spec;
    if (spec.kind === 'documents')
      return documentsAxis(project, spec.label, docIds, units, docOfUnit, respondentsUnit);
    // An attribute of the other kind of owner would put every unit under "missing": say why instead.
    if (spec.values.length && ![...ownerValues.values()].some((m) => m.has(spec.label)))
      throw new ApiError(
        'invalid_input',
        respondentsUnit
          ? `${spec.label} is an attribute of interviews, not of questionnaire respondents; count interviews, passages or participants to use it.`
          : `${spec.label} is an attribute of questionnaire respondents; count respondents to use it.`,
        { field: 'axis', value: spec.label },
      );
    return {
      kind: 'attribute',
      label: spec.label,
      items: spec.values.map((v) => ({ key: v, label: v })),
      valuesOf: new Map(units.map((u) => [u, valuesOfUnit(u)?.get(spec.label) ?? []])),
      noneLabel: tableWords('sv').missing,
    };
  };

  return crosstab({
    title,
    unit: def.unit,
    pairing: def.pairing,
    percent: def.percent,
    units,
    segments,
    unitOf,
    rows: toAxis(rows),
    cols: cols ? toAxis(cols) : null,
    cooccurrence,
    notes,
  });
}

/**
 * The interviews that pass the filters as an axis, in the documents list's order, keyed by id
 * (document names are unique in a project, ids are what `kvalkod docs` lists).
 */
function documentsAxis(
  project: Project,
  label: string,
  docIds: ReadonlySet<number>,
  units: readonly number[],
  docOfUnit: (u: number) => number | undefined,
  respondentsUnit: boolean,
): Axis {
  if (respondentsUnit)
    throw new ApiError(
      'table_documents_unit',
      'Documents can stand on an axis only when passages, interviews or participants are counted.',
      { field: 'axis' },
    );
  return {
    kind: 'attribute',
    label,
    items: documentItems(project, docIds),
    valuesOf: new Map(
      units.map((u) => {
        const doc = docOfUnit(u);
        return [u, doc === undefined ? [] : [String(doc)]];
      }),
    ),
    noneLabel: tableWords('sv').missing,
  };
}

/** The interviews of the population, in the documents list's order, keyed by id. */
function documentItems(project: Project, docIds: ReadonlySet<number>) {
  return project.documents
    .labels()
    .filter((d) => docIds.has(d.id))
    .map((d) => ({ key: String(d.id), label: d.name }));
}

function checkFilters(
  def: TableDefinitionInput,
  attributes: AttributeInfo[],
  ownerValues: Map<number, Map<string, string[]>>,
  respondentsUnit: boolean,
): void {
  for (const f of def.filters) {
    const attribute = attributes.find((a) => a.name === f.name);
    if (!attribute)
      throw new ApiError(
        'invalid_input',
        `Filter: there is no attribute "${f.name}". Attributes: ${attributes.map((a) => a.name).join(', ') || 'none'}.`,
        { field: 'filters' },
      );
    const known = new Set([...attribute.choices, ...attribute.used]);
    const unknown = f.values.filter((v) => !known.has(v));
    if (unknown.length)
      throw new ApiError(
        'invalid_input',
        `Filter: "${unknown.join('", "')}" is not a value of ${f.name}. Values: ${[...known].join(', ') || 'none yet'}.`,
        { field: 'filters' },
      );
    const onOwners = [...ownerValues.values()].some((m) => m.has(f.name));
    const anyValues = attribute.used.length > 0;
    if (!onOwners && anyValues)
      throw new ApiError(
        'invalid_input',
        respondentsUnit
          ? `Filter: ${f.name} is an attribute of interviews, not of questionnaire respondents.`
          : `Filter: ${f.name} is an attribute of questionnaire respondents; count respondents to filter on it.`,
        { field: 'filters' },
      );
  }
}

function checkCoders(project: Project, names: string[]): Set<string> | null {
  if (names.length === 0) return null;
  const known = project.coders.list().map((c) => c.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length)
    throw new ApiError(
      'invalid_input',
      `There is no coder "${unknown.join('", "')}". Coders: ${known.join(', ') || 'none yet'}.`,
      { field: 'coders' },
    );
  return new Set(names);
}
