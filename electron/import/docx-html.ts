// Turns mammoth's HTML into text blocks. Only text is taken from it (entities decoded by the
// parser); the HTML itself never leaves this module.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import type { Block } from './text-model';

const HEADING = /^h[1-6]$/;
const SKIPPED = new Set(['img', 'script', 'style']);
const BLOCK_TAGS = new Set(['p', 'li', 'tr', 'table', 'ul', 'ol', 'div', 'blockquote']);
const LIST_OR_TABLE = new Set(['ul', 'ol', 'table']);

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function tagOf(node: HTMLElement): string {
  return node.rawTagName.toLowerCase();
}

/** mammoth's footnote back-links ("↑") point at the reference in the text; they are not content. */
function isBackLink(element: HTMLElement): boolean {
  return (
    tagOf(element) === 'a' && /^#(?:footnote|endnote)-ref-/.test(element.getAttribute('href') ?? '')
  );
}

/**
 * Appends one node's text to `out`: <br> is a soft line break, a nested block starts a new line
 * and a cell is tab-separated, so nothing nested is glued to its neighbour.
 */
function appendInline(out: string, node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return out + node.text;
  if (!isElement(node)) return out;
  const tag = tagOf(node);
  if (tag === 'br') return out + '\n';
  if (SKIPPED.has(tag) || isBackLink(node)) return out;
  const inner = inlineText(node);
  if (tag === 'td' || tag === 'th') return out + (out === '' ? '' : '\t') + inner;
  if (BLOCK_TAGS.has(tag) || HEADING.test(tag)) {
    return out + (out === '' || out.endsWith('\n') ? '' : '\n') + inner;
  }
  return out + inner;
}

function inlineText(element: HTMLElement): string {
  return element.childNodes.reduce(appendInline, '');
}

function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

/** Cells joined by tabs; a cell's own paragraphs stay on separate lines inside the row. */
function rowText(row: HTMLElement): string {
  const cells = row.childNodes.filter(
    (c): c is HTMLElement => isElement(c) && (tagOf(c) === 'td' || tagOf(c) === 'th'),
  );
  const texts = cells.map((cell) => inlineText(cell).trimEnd());
  // An all-empty row is dropped; otherwise keep empty cells so columns still line up.
  return texts.every((t) => t.trim() === '') ? '' : texts.join('\t');
}

function* listItemBlocks(item: HTMLElement): Generator<Block> {
  // The item's own text runs up to a nested list or table; the nested blocks follow it.
  let own = '';
  for (const child of item.childNodes) {
    if (isElement(child) && LIST_OR_TABLE.has(tagOf(child))) {
      yield { kind: 'list-item', text: own };
      own = '';
      yield* blocksOf(child);
    } else own = appendInline(own, child);
  }
  yield { kind: 'list-item', text: own };
}

function* blocksOf(container: HTMLElement): Generator<Block> {
  let loose = ''; // inline content directly in a container (mammoth does not emit it, others may)
  for (const child of container.childNodes) {
    const tag = isElement(child) ? tagOf(child) : '';
    if (!isElement(child) || (!BLOCK_TAGS.has(tag) && !HEADING.test(tag))) {
      loose = appendInline(loose, child);
      continue;
    }
    if (loose !== '') yield { kind: 'paragraph', text: loose };
    loose = '';
    if (tag === 'p') yield { kind: 'paragraph', text: inlineText(child) };
    else if (HEADING.test(tag)) yield { kind: 'heading', text: inlineText(child) };
    else if (tag === 'li') yield* listItemBlocks(child);
    else if (tag === 'table') {
      for (const row of rowsOf(child)) yield { kind: 'table-row', text: rowText(row) };
    } else if (tag === 'tr') yield { kind: 'table-row', text: rowText(child) };
    else yield* blocksOf(child);
  }
  if (loose !== '') yield { kind: 'paragraph', text: loose };
}

export function htmlToBlocks(html: string): Block[] {
  return [...blocksOf(parse(html, { comment: false }))];
}
