// A table definition turned into counts: resolves the axes and filters against the project, picks
// the population (documents, speakers, respondents, segments), and hands the facts to the pure
// crosstab engine. The facts come from ./facts, which reads them again only after a change; the
// tables counted document by document (./count-by-document) never hold every passage in memory.
import type { Project } from '../../db/project';
import { countByDocument, countsByDocument } from './count-by-document';
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
  if (cols && rows.label === cols.label)
    throw new ApiError(
      'invalid_input',
      `Rows and columns are both "${rows.label}"; choose two different ones.`,
      {
        field: 'cols',
      },
    );

  const respondentsUnit = def.unit === 'respondents';
  const ownerValues = respondentsUnit ? facts.respondentValues : facts.documentValues;
  const passes = (owner: number) =>
    def.filters.every((f) => {
      const values = ownerValues.get(owner)?.get(f.name) ?? [];
      return f.values.some((v) => values.includes(v));
    });
  checkFilters(def, attributes, ownerValues, respondentsUnit);

  const docs = new Map(facts.documents.map((d) => [d.id, d]));
  let population: number[];
  let docIds: Set<number>;
  if (respondentsUnit) {
    population = facts.respondents.filter(passes);
    const chosen = new Set(population);
    docIds = new Set(
      facts.documents
        .filter((d) => d.kind === 'answer' && d.respondent !== null && chosen.has(d.respondent))
        .map((d) => d.id),
    );
  } else {
    docIds = new Set(
      facts.documents.filter((d) => d.kind === 'transcript' && passes(d.id)).map((d) => d.id),
    );
    population = [...docIds];
  }

  const coders = checkCoders(project, def.coders);
  const notes: TableNote[] = [];
  if (def.filters.length)
    notes.push({
      key: 'filters',
      values: { text: def.filters.map((f) => `${f.name} = ${f.values.join(' / ')}`).join('; ') },
    });
  if (coders) notes.push({ key: 'coders', values: { text: [...coders].join(', ') } });
  if (!def.includeInterviewers && !respondentsUnit)
    notes.push({ key: 'interviewersExcluded', values: {} });
  if (rows.kind === 'codes' && cols?.kind === 'codes')
    notes.push({ key: 'pairing', values: { pairing: def.pairing } });

  const title = def.title || defaultTableTitle(rows.label, cols?.label ?? null, 'sv');
  if (
    !options.inMemory &&
    rows.kind === 'codes' &&
    cols?.kind !== 'attribute' &&
    countsByDocument({ ...def, rows, cols })
  )
    return tableFromCounts(
      { title, unit: def.unit, pairing: def.pairing, percent: def.percent, rows, cols, notes },
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
  switch (def.unit) {
    case 'passages':
      units = segments.map((s) => s.id);
      unitOf = (s) => s.id;
      {
        const docOf = new Map(segments.map((s) => [s.id, s.doc]));
        valuesOfUnit = (u) => facts.documentValues.get(docOf.get(u) ?? -1);
      }
      break;
    case 'interviews':
      units = population;
      unitOf = (s) => s.doc;
      valuesOfUnit = (u) => facts.documentValues.get(u);
      break;
    case 'participants': {
      const speakers = facts.speakers.filter((p) => docIds.has(p.doc) && roles.includes(p.role));
      const docOf = new Map(speakers.map((p) => [p.id, p.doc]));
      units = speakers.map((p) => p.id);
      unitOf = (s) => s.speaker ?? null;
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
    notes,
  });
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
