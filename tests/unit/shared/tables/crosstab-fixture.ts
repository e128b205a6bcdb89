// The population the crosstab tests count: interview 1 with turns 100 (speaker 1) and 101 (speaker
// 2), interview 2 with turn 200 (speaker 3), interview 3 and speaker 4 with nothing coded.
import type { Axis, CrosstabInput, SegmentFact } from '../../../../shared/tables/crosstab';
import type { Pairing, PercentBase, TableUnit } from '../../../../shared/tables/types';

const SPEAKER_OF_TURN = new Map([
  [100, 1],
  [101, 2],
  [200, 3],
]);

export const seg = (
  id: number,
  doc: number,
  start: number,
  end: number,
  turn: number | null,
  codes: number[],
): SegmentFact => ({ id, doc, start, end, turn, codes });

/** The segments counted by `unit`: themselves, their interviews, or their turns' speakers. */
export function crosstabInput(
  segments: readonly SegmentFact[],
  axes: { rows: Axis; cols: Axis | null },
  unit: TableUnit,
  pairing: Pairing,
  percent: PercentBase,
): CrosstabInput {
  const unitOf = (s: SegmentFact) =>
    unit === 'passages'
      ? s.id
      : unit === 'interviews'
        ? s.doc
        : (SPEAKER_OF_TURN.get(s.turn ?? -1) ?? null);
  const units =
    unit === 'passages'
      ? segments.map((s) => s.id)
      : unit === 'interviews'
        ? [1, 2, 3]
        : [1, 2, 3, 4];
  return { title: 'T', unit, pairing, percent, units, segments, unitOf, ...axes, notes: [] };
}
