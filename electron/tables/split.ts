// A definition split by an attribute ("Dela upp efter Grupp"): the whole table, then one table per
// value in the attribute's order (values that some counted interview or respondent holds), then the
// units without a value when there are any. Each block is counted by computeTable on its own.
import type { Project } from '../../db/project';
import { ApiError } from '../../shared/api/errors';
import { resolveAxis } from '../../shared/tables/axes';
import { blockTitle, joinBlocks, type BlockPart } from '../../shared/tables/split';
import type { ComputedTable } from '../../shared/tables/types';
import { defaultTableTitle, tableWords } from '../../shared/tables/words';
import {
  attributeInfos,
  computeTable,
  populationOwners,
  type TableDefinitionInput,
} from './compute';
import { readStructure } from './facts';

const fold = (s: string) => s.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');

interface Split {
  by: string;
  parts: BlockPart[];
  multiValued: boolean;
}

function splitParts(project: Project, def: TableDefinitionInput, byName: string): Split {
  const facts = readStructure(project);
  const infos = attributeInfos(project, facts);
  const respondents = def.unit === 'respondents';
  const ownerValues = respondents ? facts.respondentValues : facts.documentValues;
  const otherValues = respondents ? facts.documentValues : facts.respondentValues;
  const holds = (values: typeof ownerValues, name: string) =>
    [...values.values()].some((m) => m.has(name));
  const attribute = infos.find((a) => fold(a.name) === fold(byName));
  const options = infos.filter((a) => !holds(otherValues, a.name) || holds(ownerValues, a.name));
  if (!attribute)
    throw new ApiError(
      'table_split_unknown',
      `"${byName}" is not an attribute. Split by one of: ${options.map((a) => a.name).join(', ') || 'none'}.`,
      { by: byName, options: options.map((a) => a.name).join(', ') },
    );
  const by = attribute.name;
  if (holds(otherValues, by) && !holds(ownerValues, by))
    throw new ApiError(
      'table_split_owner',
      respondents
        ? `${by} is an attribute of interviews, not of questionnaire respondents; count interviews, passages or participants to split by it.`
        : `${by} is an attribute of questionnaire respondents; count respondents to split by it.`,
      { by, owner: respondents ? 'documents' : 'respondents' },
    );
  const codes = project.codes.list();
  const onAxis = [def.rows, def.cols].some(
    (name) => name !== null && resolveAxis(name, codes, infos).label === by,
  );
  if (onAxis)
    throw new ApiError(
      'table_split_axis',
      `${by} is already on the table's rows or columns; split by another attribute.`,
      { by },
    );

  const whole: TableDefinitionInput = { ...def, by: null };
  const owners = populationOwners(facts, whole);
  const held = new Set<string>();
  let missing = false;
  let multiValued = false;
  for (const owner of owners) {
    const values = ownerValues.get(owner)?.get(by) ?? [];
    if (values.length === 0) missing = true;
    if (values.length > 1) multiValued = true;
    for (const v of values) held.add(v);
  }
  // The attribute's own order first, then other values found, as on a table axis.
  const axis = resolveAxis(by, [], [{ ...attribute, used: [...held] }]);
  const values = axis.kind === 'attribute' ? axis.values.filter((v) => held.has(v)) : [];
  const parts: BlockPart[] = [
    { kind: 'all', value: null, table: computeTable(project, whole) },
    ...values.map((value): BlockPart => ({
      kind: 'value',
      value,
      table: computeTable(project, whole, { only: { name: by, value } }),
    })),
  ];
  if (missing)
    parts.push({
      kind: 'missing',
      value: null,
      table: computeTable(project, whole, { only: { name: by, value: null } }),
    });
  return { by, parts, multiValued };
}

/** The definition's table: with `by`, every block side by side in one table. */
export function computeDefinition(project: Project, def: TableDefinitionInput): ComputedTable {
  if (def.by === null) return computeTable(project, def);
  const { by, parts, multiValued } = splitParts(project, def, def.by);
  const first = parts[0]?.table;
  const title =
    def.title ||
    defaultTableTitle(first?.rowAxis ?? def.rows, first?.colAxis ?? def.cols, 'sv', by);
  return joinBlocks(by, title, parts, { multiValued });
}

/**
 * The whole table, then one table per block, each titled "… – Grupp: Chefer" (as `survey table
 * --by`); without `by`, the table alone.
 */
export function splitTables(project: Project, def: TableDefinitionInput): ComputedTable[] {
  if (def.by === null) return [computeTable(project, def)];
  const { by, parts } = splitParts(project, def, def.by);
  const missing = tableWords('sv').missing;
  return parts.map(({ kind, value, table }) =>
    kind === 'all'
      ? table
      : {
          ...table,
          title: blockTitle(table.title, by, kind === 'missing' ? missing : (value ?? '')),
        },
  );
}
