// What a table definition may hold given the project's axes: which units the chosen rows and
// columns can be counted in, which attributes can filter them, and a definition brought back in
// line after the axes changed (a code renamed, an attribute removed, a saved table from before).
import type { AxisOption } from '../../../shared/api/contract-tables';
import type { TableDefinition, TableUnit } from '../../../shared/tables/types';
import { attributeOf } from '../../../shared/tables/axes';
import { TABLE_UNITS } from '../../../shared/tables/types';

/** Filters and splits name the attribute itself, never its "attribute:" axis name. */
const byAttribute = (a: AxisOption): AxisOption => ({ ...a, name: attributeOf(a.name) ?? a.name });

const PREFERRED_ROWS = ['Områden'];
/** An attribute with more values than this (dates, free text) makes no list to tick values in. */
export const MAX_FILTER_VALUES = 60;

export function axisByName(axes: AxisOption[], name: string | null): AxisOption | undefined {
  return name === null ? undefined : axes.find((a) => a.name === name);
}

/** The units both axes can be counted in, in the contract's order. */
export function unitsFor(
  axes: AxisOption[],
  rows: string,
  cols: string | null,
): readonly TableUnit[] {
  const r = axisByName(axes, rows);
  const c = axisByName(axes, cols);
  return TABLE_UNITS.filter((u) => (r ? r.units.includes(u) : true) && (!c || c.units.includes(u)));
}

/** Attributes that can filter a table counted in `unit`, with their values. */
export function filterAxes(axes: AxisOption[], unit: TableUnit): AxisOption[] {
  return axes
    .filter(
      (a) =>
        a.kind === 'attribute' &&
        a.units.includes(unit) &&
        a.values.length > 0 &&
        a.values.length <= MAX_FILTER_VALUES,
    )
    .map(byAttribute);
}

const isCodes = (a: AxisOption | undefined) => a?.kind === 'group' || a?.kind === 'code';

/** Code x code tables need a pairing rule (same passage, overlapping, same turn). */
export function needsPairing(axes: AxisOption[], rows: string, cols: string | null): boolean {
  return isCodes(axisByName(axes, rows)) && isCodes(axisByName(axes, cols));
}

/** The same code group on both axes: its co-occurrence matrix. */
export function isCooccurrence(axes: AxisOption[], rows: string, cols: string | null): boolean {
  return cols === rows && isCodes(axisByName(axes, rows));
}

/** Attributes a table counted in `unit` can be split by: not one already on an axis. */
export function splitAxes(axes: AxisOption[], definition: TableDefinition): AxisOption[] {
  return axes
    .filter(
      (a) =>
        a.kind === 'attribute' &&
        a.units.includes(definition.unit) &&
        a.values.length > 0 &&
        a.values.length <= MAX_FILTER_VALUES &&
        a.name !== definition.rows &&
        a.name !== definition.cols,
    )
    .map(byAttribute);
}

/** Speaker roles only mean something for counts taken from transcripts. */
export function usesSpeakers(unit: TableUnit): boolean {
  return unit !== 'respondents';
}

/** The definition with every part that the axes no longer allow replaced or left out. */
export function fitDefinition(definition: TableDefinition, axes: AxisOption[]): TableDefinition {
  if (axes.length === 0) return definition;
  const preferred = PREFERRED_ROWS.map((n) => axisByName(axes, n)).find(Boolean);
  const rows = axisByName(axes, definition.rows)?.name ?? preferred?.name ?? axes[0]?.name ?? '';
  const colAxis = axisByName(axes, definition.cols);
  // Only a code group may stand on both axes (its co-occurrence matrix).
  let cols = colAxis && (colAxis.name !== rows || isCodes(colAxis)) ? colAxis.name : null;
  if (cols && unitsFor(axes, rows, cols).length === 0) cols = null;
  const units = unitsFor(axes, rows, cols);
  const unit = units.includes(definition.unit) ? definition.unit : (units[0] ?? definition.unit);
  const allowed = new Map(filterAxes(axes, unit).map((a) => [a.name, a]));
  const filters = definition.filters
    .map((f) => {
      const axis = allowed.get(f.name);
      const known = new Set(axis?.values.map((v) => v.key));
      return { name: f.name, values: f.values.filter((v) => known.has(v)) };
    })
    .filter((f) => f.values.length > 0);
  const fitted = { ...definition, rows, cols, unit, filters };
  const by = splitAxes(axes, fitted).some((a) => a.name === definition.by) ? definition.by : null;
  return { ...fitted, by };
}

/** Two definitions that compute the same table (the title aside). */
export function sameDefinition(a: TableDefinition, b: TableDefinition): boolean {
  const key = (d: TableDefinition) =>
    JSON.stringify({
      ...d,
      title: '',
      filters: [...d.filters]
        .map((f) => ({ name: f.name, values: [...f.values].sort() }))
        .sort((x, y) => x.name.localeCompare(y.name)),
      coders: [...d.coders].sort(),
    });
  return key(a) === key(b);
}

/** The values chosen for one attribute's filter (none chosen: every value counts). */
export function filterValues(definition: TableDefinition, name: string): string[] {
  return definition.filters.find((f) => f.name === name)?.values ?? [];
}

/** The filters with `value` of `name` switched on or off; an emptied filter is left out. */
export function toggleFilter(
  definition: TableDefinition,
  name: string,
  value: string,
): TableDefinition['filters'] {
  const current = filterValues(definition, name);
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const others = definition.filters.filter((f) => f.name !== name);
  return values.length > 0 ? [...others, { name, values }] : others;
}
