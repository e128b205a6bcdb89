// Test fixtures built at test time (no binary files in the repo): temp files, .docx via the docx
// package, minimal .docx/.odt zips by hand, and the invariant every ParsedDocument must meet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, type FileChild, type IPropertiesOptions } from 'docx';
import { expect } from 'vitest';
import type { ParsedDocument } from '../../../electron/import/types';
import { makeZip, type CompressedData } from './zip-helper';

export const tmpDir = (): string => mkdtempSync(join(tmpdir(), 'kvalkod-import-'));

export function writeTemp(name: string, content: Uint8Array | string): string {
  const path = join(tmpDir(), name);
  writeFileSync(path, content);
  return path;
}

export async function docxBuffer(
  children: FileChild[],
  options: Omit<IPropertiesOptions, 'sections'> = {},
): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...options, sections: [{ children }] }));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
export const DOCX_PREFIX = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
export const DOCX_SUFFIX = '</w:body></w:document>';

/** A hand-made .docx: lets a test put exactly the XML it needs (or a bomb) in document.xml. */
export function minimalDocx(document: string | CompressedData): Buffer {
  const body =
    typeof document === 'string'
      ? { name: 'word/document.xml', data: DOCX_PREFIX + document + DOCX_SUFFIX }
      : { name: 'word/document.xml', raw: document };
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    body,
  ]);
}

const ODT_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
].join(' ');

/** Minimal .odt: the stored mimetype first, as the spec asks, then content.xml. */
export function minimalOdt(bodyXml: string, mimetype = 'application/vnd.oasis.opendocument.text') {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODT_NAMESPACES} office:version="1.3"><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  return makeZip([
    { name: 'mimetype', data: mimetype, store: true },
    { name: 'content.xml', data: content },
  ]);
}

/** Paragraph texts, read back through the offsets (which is what the invariant is about). */
export function paragraphTexts(doc: ParsedDocument): string[] {
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

/** The text-model contract every parser must keep. */
export function expectWellFormed(doc: ParsedDocument): void {
  expect(doc.text).toBe(doc.text.normalize('NFC'));
  expect(doc.text).not.toMatch(/\r/);
  let previousEnd = -1;
  for (const p of doc.paragraphs) {
    expect(p.start).toBeGreaterThan(previousEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(doc.text.length);
    const slice = doc.text.slice(p.start, p.end);
    expect(slice.trim()).not.toBe('');
    expect(slice).toBe(slice.trimEnd());
    expect(doc.text.slice(p.end)).toMatch(/^[^\S\n]*(?:\n|$)/); // ends at a line end
    previousEnd = p.end;
  }
  if (doc.format === 'docx' || doc.format === 'odt') {
    // Structured formats store nothing but the paragraphs, joined by one '\n'.
    expect(paragraphTexts(doc).join('\n')).toBe(doc.text);
  }
}
