// The paragraphs of a document as the project file keeps them (documents.structure): one token per
// paragraph, "<kind><length>" with "+<gap>" when it does not start one character after the previous
// one ends (the '\n' between paragraphs), e.g. "h42 p78 t17 t13+2". About a tenth of the JSON that
// files of schema 3 and older held; that JSON (an array of {start, end, kind}) is still read.
import type { Paragraph, ParagraphKind } from '../transcript/types';

const LETTER: Record<ParagraphKind, string> = {
  paragraph: 'p',
  heading: 'h',
  'table-row': 't',
  'list-item': 'l',
};
const KIND = new Map(
  Object.entries(LETTER).map(([kind, letter]) => [letter, kind as ParagraphKind]),
);
const TOKEN = /^([phtl])(\d+)(?:\+(-?\d+))?$/;

export function encodeParagraphs(paragraphs: readonly Paragraph[]): string {
  let previousEnd = -1;
  return paragraphs
    .map((p) => {
      const gap = p.start - previousEnd;
      previousEnd = p.end;
      return `${LETTER[p.kind]}${p.end - p.start}${gap === 1 ? '' : `+${gap}`}`;
    })
    .join(' ');
}

export function decodeParagraphs(stored: string): Paragraph[] {
  if (stored.startsWith('[')) return JSON.parse(stored) as Paragraph[];
  const paragraphs: Paragraph[] = [];
  let previousEnd = -1;
  for (const token of stored.split(' ')) {
    if (token === '') continue;
    const m = TOKEN.exec(token);
    const kind = m && KIND.get(m[1] ?? '');
    if (!m || !kind) throw new Error(`Unreadable paragraph "${token}" in a document's structure.`);
    const start = previousEnd + (m[3] === undefined ? 1 : Number(m[3]));
    const end = start + Number(m[2]);
    paragraphs.push({ start, end, kind });
    previousEnd = end;
  }
  return paragraphs;
}
