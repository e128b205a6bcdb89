// .odt import (LibreOffice, Google Docs export): zip safety checks, then content.xml walked in
// document order into the shared text model.
import { XMLParser } from 'fast-xml-parser';
import { buildTextModel, type Block } from './text-model';
import { ImportFileError, type ImportLimits, type ParsedDocument } from './types';
import { scanZip, sniffContainer } from './zip-guard';

/** preserveOrder output: one key naming the element (or '#text'), plus ':@' for attributes. */
type XmlNode = Record<string, unknown>;

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
/** Not visible body text: tracked deletions, comments, footnote bodies, frames, field decls. */
const SKIPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'text:note',
  'draw:frame',
  'text:sequence-decls',
  'office:forms',
]);

function notOdt(fileName: string, detail: string): ImportFileError {
  return new ImportFileError(
    'unsupported_format',
    `${fileName} is not an OpenDocument text file (${detail}).`,
  );
}

/**
 * Entities are decoded here rather than by the parser: only XML's five and numeric references
 * are honoured, so a DOCTYPE cannot define entities that expand.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXmlEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Repeat counts come from the file; a huge one must not become a huge string. */
function boundedCount(value: string | undefined, max: number): number {
  const count = Number(value ?? 1);
  return Number.isInteger(count) && count > 0 ? Math.min(count, max) : 1;
}

/**
 * Inline content of text:p / text:h. ODF collapses runs of spaces, tabs and newlines in the XML
 * to one space and drops them at the paragraph start; real spaces and tabs come as text:s/text:tab.
 */
function inlineText(nodes: XmlNode[], acc = { out: '', collapsible: true }): string {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '#text') {
      let text = decodeXmlEntities(String(node['#text'])).replace(/[ \t\r\n]+/g, ' ');
      if (acc.collapsible && text.startsWith(' ')) text = text.slice(1);
      acc.out += text;
      if (text !== '') acc.collapsible = text.endsWith(' ');
      continue;
    }
    if (name === '#cdata')
      acc.out += childrenOf(node, name)
        .map((n) => String(n['#text']))
        .join('');
    else if (name === 'text:s') acc.out += ' '.repeat(boundedCount(attr(node, 'text:c'), 1_000));
    else if (name === 'text:tab') acc.out += '\t';
    else if (name === 'text:line-break') acc.out += '\n';
    else {
      // span, a, meta, ...: their text continues the same run of collapsing.
      if (!SKIPPED.has(name)) inlineText(childrenOf(node, name), acc);
      continue;
    }
    acc.collapsible = false;
  }
  return acc.out;
}

function* blocksOf(nodes: XmlNode[], inListItem = false): Generator<Block> {
  for (const node of nodes) {
    const name = nameOf(node);
    const children = childrenOf(node, name);
    switch (name) {
      case 'text:p':
        yield { kind: inListItem ? 'list-item' : 'paragraph', text: inlineText(children) };
        break;
      case 'text:h':
        yield { kind: 'heading', text: inlineText(children) };
        break;
      case 'text:list-item':
      case 'text:list-header':
        yield* blocksOf(children, true);
        break;
      case 'text:list':
        yield* blocksOf(children, inListItem);
        break;
      case 'table:table-row':
        yield { kind: 'table-row', text: rowText(children) };
        break;
      case '#text': // whitespace between blocks
        break;
      default: // body, sections, tables, row groups
        if (!SKIPPED.has(name)) yield* blocksOf(children);
    }
  }
}

/** Cells joined by tabs; a cell's paragraphs stay on separate lines inside the row. */
function rowText(cells: XmlNode[]): string {
  const texts: string[] = [];
  for (const cell of cells) {
    const name = nameOf(cell);
    if (name !== 'table:table-cell' && name !== 'table:covered-table-cell') continue;
    const lines = [...blocksOf(childrenOf(cell, name))].map((b) => b.text.trimEnd());
    const text = lines.filter((l) => l !== '').join('\n');
    // Runs of empty cells are written once with a repeat count; keep the columns apart.
    const repeat = text === '' ? boundedCount(attr(cell, 'table:number-columns-repeated'), 100) : 1;
    for (let i = 0; i < repeat; i++) texts.push(text);
  }
  return texts.join('\t'); // trailing empty cells end up as trailing tabs, trimmed later
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  cdataPropName: '#cdata',
  maxNestedTags: 512,
});

export function odtXmlToBlocks(xml: string): Block[] {
  const root = parser.parse(xml) as XmlNode[];
  return [...blocksOf(root)];
}

export async function parseOdt(
  buffer: Buffer,
  fileName: string,
  limits: ImportLimits,
): Promise<ParsedDocument> {
  if (sniffContainer(buffer) !== 'zip') throw notOdt(fileName, 'it is not a zip file');
  const scan = await scanZip(
    buffer,
    fileName,
    limits,
    (n) => n === 'content.xml' || n === 'mimetype',
  );
  const mimetype = scan.kept.get('mimetype')?.toString('utf8').trim();
  const content = scan.kept.get('content.xml');
  if (mimetype !== undefined && mimetype !== ODT_MIMETYPE) {
    throw notOdt(fileName, `its type is ${mimetype.slice(0, 80)}`);
  }
  if (!content) throw notOdt(fileName, 'the zip has no content.xml');

  let blocks: Block[];
  try {
    blocks = odtXmlToBlocks(content.toString('utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(
      'unreadable',
      `${fileName} could not be read (${detail}); open it in LibreOffice, save a new copy and import that.`,
    );
  }
  const { text, paragraphs } = buildTextModel(blocks);
  if (paragraphs.length === 0) throw new ImportFileError('empty', `${fileName} contains no text.`);
  return { text, paragraphs, format: 'odt', encoding: null, warnings: [] };
}
