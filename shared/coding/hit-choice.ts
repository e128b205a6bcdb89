// Which search hits autocode codes, over every hit of a search and not only the page on screen:
// one choice for the whole, then per document, then per hit, each overriding the one before. Only
// the exceptions are kept, so "all 12,000 hits but these three" stays small.

export interface HitRef {
  documentId: number;
  start: number;
  end: number;
}

export interface HitChoice {
  /** What every hit is unless a document or the hit itself says otherwise. */
  all: boolean;
  /** Documents whose hits are all chosen, or all left out, unlike `all`. */
  documents: { documentId: number; chosen: boolean }[];
  /** Single hits chosen or left out unlike their document. */
  hits: (HitRef & { chosen: boolean })[];
}

export const NOTHING_CHOSEN: HitChoice = { all: false, documents: [], hits: [] };

const same = (a: HitRef, b: HitRef) =>
  a.documentId === b.documentId && a.start === b.start && a.end === b.end;

/** Whether a document's hits are chosen unless one of them says otherwise. */
export function documentChosen(choice: HitChoice, documentId: number): boolean {
  return choice.documents.find((d) => d.documentId === documentId)?.chosen ?? choice.all;
}

export function isChosen(choice: HitChoice, hit: HitRef): boolean {
  return choice.hits.find((h) => same(h, hit))?.chosen ?? documentChosen(choice, hit.documentId);
}

/** How many hits are chosen, given how many each document has. */
export function countChosen(
  choice: HitChoice,
  documents: readonly { documentId: number; hits: number }[],
): number {
  let n = 0;
  for (const d of documents) n += chosenIn(choice, d.documentId, d.hits);
  return n;
}

/** How many of a document's `total` hits are chosen. */
export function chosenIn(choice: HitChoice, documentId: number, total: number): number {
  const base = documentChosen(choice, documentId);
  // Hit exceptions are kept only where they differ from their document (see toggleHit).
  const exceptions = choice.hits.filter((h) => h.documentId === documentId).length;
  return base ? total - exceptions : exceptions;
}

export function chooseAll(chosen: boolean): HitChoice {
  return { all: chosen, documents: [], hits: [] };
}

/** Every hit of one document chosen or left out; its single-hit exceptions go. */
export function chooseDocument(choice: HitChoice, documentId: number, chosen: boolean): HitChoice {
  const documents = choice.documents.filter((d) => d.documentId !== documentId);
  if (chosen !== choice.all) documents.push({ documentId, chosen });
  return { ...choice, documents, hits: choice.hits.filter((h) => h.documentId !== documentId) };
}

/** One hit turned the other way; an exception equal to its document is dropped. */
export function toggleHit(choice: HitChoice, hit: HitRef): HitChoice {
  const chosen = !isChosen(choice, hit);
  const hits = choice.hits.filter((h) => !same(h, hit));
  if (chosen !== documentChosen(choice, hit.documentId))
    hits.push({ documentId: hit.documentId, start: hit.start, end: hit.end, chosen });
  return { ...choice, hits };
}
