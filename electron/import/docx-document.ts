// Turns the document mammoth reads from a .docx into text blocks, without the HTML in between.
// mammoth's convertToHtml spends a fifth of its time writing HTML that only had to be parsed again
// for its text; its `transformDocument` option hands over the document it read (the element types
// in its README, "Document transforms"), and this walk reads the text from that instead.
//
// The text is the one mammoth's HTML held, by the rules of its default style map: headings are the
// styles Heading 1-6 (by id or case-insensitive name, and Apple Pages' "Heading"), numbered or
// bulleted paragraphs at list levels 1-5 are list items (unless a note or comment style comes
// first), a line break is a newline, a tab a tab, a page or column break nothing; a footnote or
// endnote reference is "[n]", numbered in the order of reference, and the referenced notes follow
// the text as list items, in that order; comments, images, checkboxes and bookmarks add no text.
// Table rows are one block each, cells joined by tabs; a cell's own paragraphs and nested tables
// stay on separate lines inside its row.
import type { ParagraphKind } from './types';
import type { Block } from './text-model';

/** The parts of mammoth's document elements this walk reads (documents.js in mammoth). */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  breakType?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  noteType?: string;
  noteId?: string;
  body?: DocxElement[];
}

export interface DocxDocument extends DocxElement {
  notes?: { resolve(reference: DocxElement): DocxElement | null };
}

const HEADING_ID = /^Heading[1-6]?$/;
const HEADING_NAME = /^heading(?: [1-6])?$/i;
/** Styles mammoth's default map sends to a plain paragraph before any list rule is tried. */
const PLAIN_NAMES = new Set([
  'footnote text',
  'endnote text',
  'annotation text',
  'footnote',
  'endnote',
]);

export function paragraphKind(p: DocxElement): ParagraphKind {
  if (HEADING_ID.test(p.styleId ?? '') || HEADING_NAME.test(p.styleName ?? '')) return 'heading';
  if (PLAIN_NAMES.has((p.styleName ?? '').toLowerCase())) return 'paragraph';
  const level = Number(p.numbering?.level);
  return p.numbering && level >= 0 && level <= 4 ? 'list-item' : 'paragraph';
}

/** Joins a block-level piece onto the text before it: a new line, unless at a line's start. */
function joinLine(out: string, piece: string): string {
  return out + (out === '' || out.endsWith('\n') ? '' : '\n') + piece;
}

const rowsOf = (table: DocxElement) => (table.children ?? []).filter((r) => r.type === 'tableRow');
const cellsOf = (row: DocxElement) => (row.children ?? []).filter((c) => c.type === 'tableCell');

class Walk {
  readonly blocks: Block[] = [];
  readonly noteReferences: DocxElement[] = [];

  /** The text of inline content (and of blocks nested in a cell or note, one per line). */
  inline(elements: readonly DocxElement[] = []): string {
    let out = '';
    for (const el of elements) {
      switch (el.type) {
        case 'text':
          out += el.value ?? '';
          break;
        case 'tab':
          out += '\t';
          break;
        case 'break':
          if (el.breakType === 'line') out += '\n';
          break;
        case 'noteReference':
          this.noteReferences.push(el);
          out += `[${this.noteReferences.length}]`;
          break;
        case 'run':
        case 'hyperlink':
          out += this.inline(el.children);
          break;
        case 'paragraph':
          out = joinLine(out, this.inline(el.children));
          break;
        case 'table':
          out = joinLine(out, this.tableLines(el));
          break;
        default:
          // image, checkbox, bookmarkStart, commentReference: no text
          break;
      }
    }
    return out;
  }

  /** A table row as a block: cells joined by tabs, empty cells kept, an all-empty row empty. */
  rowText(row: DocxElement): string {
    const texts = cellsOf(row).map((cell) => this.inline(cell.children).trimEnd());
    return texts.every((t) => t.trim() === '') ? '' : texts.join('\t');
  }

  /** A table inside a cell or note, as mammoth's HTML read inline: a row a line, a tab before
   * each cell once the row has text. */
  tableLines(table: DocxElement): string {
    let out = '';
    for (const row of rowsOf(table)) {
      let line = '';
      for (const cell of cellsOf(row)) {
        const inner = this.inline(cell.children);
        line += (line === '' ? '' : '\t') + inner;
      }
      out = joinLine(out, line);
    }
    return out;
  }

  /** A note: its paragraphs one list item; a table or list in it breaks out into its own blocks. */
  note(body: readonly DocxElement[] = []): void {
    let own = '';
    for (const el of body) {
      const apart =
        el.type === 'table' || (el.type === 'paragraph' && paragraphKind(el) === 'list-item');
      if (!apart) {
        own = joinLine(own, this.inline([el]));
        continue;
      }
      this.blocks.push({ kind: 'list-item', text: own });
      own = '';
      this.top([el]);
    }
    this.blocks.push({ kind: 'list-item', text: own });
  }

  top(elements: readonly DocxElement[] = []): void {
    for (const el of elements) {
      if (el.type === 'paragraph')
        this.blocks.push({ kind: paragraphKind(el), text: this.inline(el.children) });
      else if (el.type === 'table')
        for (const row of rowsOf(el))
          this.blocks.push({ kind: 'table-row', text: this.rowText(row) });
      else {
        const text = this.inline([el]);
        if (text !== '') this.blocks.push({ kind: 'paragraph', text });
      }
    }
  }
}

export function documentBlocks(document: DocxDocument): Block[] {
  const walk = new Walk();
  walk.top(document.children);
  // The notes referenced from the text; a reference inside a note is numbered but its note is not
  // added, as in mammoth's HTML.
  for (const reference of walk.noteReferences.slice()) {
    const note = document.notes?.resolve(reference);
    if (note) walk.note(note.body);
  }
  return walk.blocks;
}
