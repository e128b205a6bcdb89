// Tables: what can stand on an axis, a table computed from a definition (split by an attribute when
// asked), and saved definitions.
import {
  tableDefinitionSchema,
  type AxisOption,
  type SavedTable,
} from '../../shared/api/contract-tables';
import { ApiError } from '../../shared/api/errors';
import { GROUP_LABELS, CODE_GROUPS, type Code } from '../../shared/codebook/types';
import {
  codeItemLabel,
  codeKey,
  ATTRIBUTE_AXIS,
  codePath,
  DOCUMENTS_AXIS,
  DOCUMENTS_NAMES,
  fold,
  parentCodes,
  resolveAxis,
} from '../../shared/tables/axes';
import { TABLE_UNITS } from '../../shared/tables/types';
import type { SavedTableRow } from '../../db/queries/saved-tables';
import { attributeInfos } from '../tables/compute';
import { readStructure } from '../tables/facts';
import { computeDefinition, splitTables } from '../tables/split';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

function toSaved(row: SavedTableRow): SavedTable {
  // Parsed through the schema so that a definition saved by an older version gets today's defaults.
  const parsed = tableDefinitionSchema.safeParse(JSON.parse(row.definition));
  if (!parsed.success)
    throw new ApiError('damaged_project', `The saved table "${row.name}" cannot be read.`, {
      field: row.name,
    });
  return { id: row.id, name: row.name, definition: parsed.data, updatedAt: row.updatedAt };
}

export const tableHandlers: HandlerGroup = {
  'tables.axes': (_input, ctx) => {
    const project = requireProject(ctx);
    const codes = project.codes.list();
    // The attributes' values, not the passages: the axes list stays quick in a large project.
    const facts = readStructure(project);
    const infos = attributeInfos(project, facts);
    const out: AxisOption[] = [];
    const groupTops = CODE_GROUPS.flatMap((g) => {
      const top = codes.find((c) => c.parentId === null && c.group === g);
      return top ? [{ group: g, top }] : [];
    });
    const parents = new Set(parentCodes(codes).map((c) => c.id));
    for (const { group, top } of groupTops) {
      // A group emptied of codes cannot be an axis (resolveAxis would say why).
      if (!parents.has(top.id)) continue;
      const axis = resolveAxis(GROUP_LABELS[group], codes, infos);
      if (axis.kind === 'codes')
        out.push({
          name: GROUP_LABELS[group],
          kind: 'group',
          of: null,
          values: axis.items.map((i) => ({ key: i.key, label: i.label })),
          units: [...TABLE_UNITS],
        });
    }
    const tops = new Set(groupTops.map((g) => g.top.id));
    const shown = codes.filter((c) => parents.has(c.id) && !tops.has(c.id));
    // A parent code whose name a group, the documents or another parent code has goes by its path.
    const count = new Map<string, number>();
    for (const c of shown) count.set(fold(c.name), (count.get(fold(c.name)) ?? 0) + 1);
    const groupNames = new Set([...out.map((o) => fold(o.name)), ...DOCUMENTS_NAMES]);
    const shared = (c: Code) => (count.get(fold(c.name)) ?? 0) > 1 || groupNames.has(fold(c.name));
    for (const code of shown)
      out.push({
        name: shared(code) ? codePath(code, codes) : code.name,
        kind: 'code',
        of: null,
        values: codes
          .filter((c) => c.parentId === code.id)
          .map((c) => ({ key: codeKey(c), label: codeItemLabel(c) })),
        units: [...TABLE_UNITS],
      });
    const onRespondents = new Set<string>();
    for (const byName of facts.respondentValues.values())
      for (const name of byName.keys()) onRespondents.add(name);
    // An attribute named like a code axis (or the documents) is named apart, so both can be chosen.
    const taken = new Set([...out.map((o) => fold(o.name)), ...DOCUMENTS_NAMES]);
    for (const info of infos) {
      const axis = resolveAxis(ATTRIBUTE_AXIS + info.name, [], infos);
      const respondents = onRespondents.has(info.name);
      out.push({
        name: taken.has(fold(info.name)) ? ATTRIBUTE_AXIS + info.name : info.name,
        kind: 'attribute',
        of: respondents ? 'respondents' : 'documents',
        values: axis.kind === 'attribute' ? axis.values.map((v) => ({ key: v, label: v })) : [],
        units: respondents ? ['respondents'] : ['passages', 'interviews', 'participants'],
      });
    }
    // The interviews themselves, for a code x document matrix (their names are not listed here).
    out.push({
      name: DOCUMENTS_AXIS,
      kind: 'documents',
      of: 'documents',
      values: [],
      units: ['passages', 'interviews', 'participants'],
    });
    return out;
  },

  'tables.compute': (definition, ctx) => computeDefinition(requireProject(ctx), definition),

  'tables.split': (definition, ctx) => splitTables(requireProject(ctx), definition),

  'tables.saved.list': (_input, ctx) => requireProject(ctx).savedTables.list().map(toSaved),

  'tables.saved.save': ({ name, definition }, ctx) => {
    const project = requireProject(ctx);
    // A definition that cannot be computed is refused now, not when it is opened months later.
    computeDefinition(project, definition);
    return toSaved(project.savedTables.save(name, JSON.stringify(definition)));
  },

  'tables.saved.delete': ({ name }, ctx) => {
    const deleted = requireProject(ctx).savedTables.delete(name);
    if (deleted === 0)
      throw new ApiError('saved_table_missing', `There is no saved table "${name}".`, {
        field: 'name',
        name,
      });
    return { deleted };
  },
};
