// Settling a disagreement: inside one unit (or run of characters), the compared codes of the coder
// whose version is kept are copied to the other coders, whose own coding of those codes there is
// cut out; or, keeping every version, each coder gets the others' codes. One undo step.
import type { Project } from '../../db/project';
import type { Recorder } from '../../db/queries/history';
import type { ParsedInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Segment } from '../../shared/coding/types';
import { message } from '../../shared/messages';
import { changed, checkRange, requireCodable, requireText } from './coding-checks';
import { coderIds } from './agreement-input';
import { insertSegment } from './segments';

type Input = ParsedInput<'agreement.settle'>;
interface Piece {
  start: number;
  end: number;
  codeIds: number[];
}

/** The passage's disputed codes, cut to the unit; null when it has none of them there. */
function clip(
  seg: Segment,
  start: number,
  end: number,
  disputed: ReadonlySet<number>,
): Piece | null {
  const s = Math.max(seg.start, start);
  const e = Math.min(seg.end, end);
  const codeIds = seg.codes.map((c) => c.id).filter((id) => disputed.has(id));
  return e > s && codeIds.length > 0 ? { start: s, end: e, codeIds } : null;
}

const same = (a: Piece, b: Piece) =>
  a.start === b.start &&
  a.end === b.end &&
  a.codeIds.length === b.codeIds.length &&
  a.codeIds.every((id) => b.codeIds.includes(id));

/** Takes `seg`'s disputed codes out of [start, end): the parts outside keep them as passages. */
function trim(text: string, p: { start: number; end: number }) {
  let { start, end } = p;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function cutOut(
  project: Project,
  rec: Recorder,
  text: string,
  seg: Segment,
  range: { start: number; end: number },
  disputed: ReadonlySet<number>,
  coderId: number,
): void {
  const codes = seg.codes.map((c) => c.id);
  const gone = codes.filter((id) => disputed.has(id));
  // What remains on either side, without the white space at the cut (a line break between units).
  const outside = [
    { start: seg.start, end: Math.min(seg.end, range.start) },
    { start: Math.max(seg.start, range.end), end: seg.end },
  ]
    .map((p) => trim(text, p))
    .filter((p) => p.end > p.start);
  if (gone.length === codes.length) {
    // Only disputed codes: the passage shrinks to what lies outside the unit, or goes.
    const [first, second] = outside;
    if (!first) rec.remove('segments', seg.id);
    else {
      rec.update('segments', seg.id, { start: first.start, end: first.end });
      if (second)
        insertSegment(project, rec, {
          ...second,
          documentId: seg.documentId,
          codeIds: codes,
          memo: '',
          coderId,
        });
    }
    return;
  }
  for (const id of gone) rec.unlink(seg.id, id);
  for (const part of outside)
    insertSegment(project, rec, {
      ...part,
      documentId: seg.documentId,
      codeIds: gone,
      memo: '',
      coderId,
    });
}

export function settleDisagreement(project: Project, input: Input) {
  const text = requireText(project, input.documentId);
  checkRange(text, input.start, input.end);
  const disputed = new Set(requireCodable(project, input.codeIds).map((c) => c.id));
  const names = [...new Set(input.coders)];
  const ids = coderIds(project, names);
  const idOf = new Map(names.map((n, i) => [n, ids[i] ?? 0]));
  if (input.keep !== null && !idOf.has(input.keep))
    throw new ApiError('unknown_coder', `"${input.keep}" is not one of the compared coders.`, {
      name: input.keep,
    });
  const range = { start: input.start, end: input.end };
  const segments = project.segments
    .ofDocument(input.documentId)
    .filter((s) => s.start < range.end && range.start < s.end);
  const piecesOf = (name: string) =>
    segments
      .filter((s) => s.coder === name)
      .map((s) => clip(s, range.start, range.end, disputed))
      .filter((p) => p !== null);
  const pieces = new Map(names.map((n) => [n, piecesOf(n)]));
  const agreeAlready = names.every((n) => {
    const mine = pieces.get(n) ?? [];
    const first = pieces.get(names[0] ?? '') ?? [];
    return mine.length === first.length && mine.every((p, i) => first[i] && same(p, first[i]));
  });
  if (agreeAlready)
    throw new ApiError(
      'disagreement_settled',
      'The coders already agree there (the coding changed since the comparison); compute the agreement again.',
    );

  const document = project.documents.content(input.documentId)?.name ?? '';
  const what =
    input.keep === null
      ? message('disagreementSettledAll', { document })
      : message('disagreementSettledKept', { document, coder: input.keep });
  const counts = project.history.record({ action: 'agreement.settle', message: what }, (rec) => {
    let added = 0;
    let removed = 0;
    for (const name of names) {
      if (name === input.keep) continue;
      const coderId = idOf.get(name) ?? 0;
      const own = pieces.get(name) ?? [];
      const wanted = (
        input.keep === null
          ? names.filter((n) => n !== name).flatMap((n) => pieces.get(n) ?? [])
          : (pieces.get(input.keep) ?? [])
      ).filter((p, i, all) => all.findIndex((q) => same(p, q)) === i);
      if (input.keep !== null) {
        // The kept version replaces this coder's own coding of the disputed codes here.
        for (const seg of segments)
          if (seg.coder === name && clip(seg, range.start, range.end, disputed)) {
            cutOut(project, rec, text, seg, range, disputed, coderId);
            removed++;
          }
      }
      for (const piece of wanted) {
        if (input.keep === null && own.some((p) => same(p, piece))) continue;
        insertSegment(project, rec, { ...piece, documentId: input.documentId, memo: '', coderId });
        added++;
      }
    }
    return { added, removed };
  });
  return changed(project, counts);
}
