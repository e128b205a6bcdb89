// Hostile and broken files: each must fail fast with the right reason, never hang or crash.
import { mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/import/parse-file';
import { ImportFileError, type ImportLimits } from '../../../electron/import/types';
import { DOCX_PREFIX, DOCX_SUFFIX, docxBuffer, minimalDocx, tmpDir, writeTemp } from './fixtures';
import { makeZip, repeatedDeflate } from './zip-helper';

const MB = 1024 * 1024;
const spaces = Buffer.alloc(MB, 0x20);
/** document.xml that inflates to ~500 MB of spaces from a ~0.5 MB file. */
const bombXml = repeatedDeflate(
  spaces,
  500,
  DOCX_PREFIX + '<w:p><w:r><w:t>',
  '</w:t></w:r></w:p>' + DOCX_SUFFIX,
);
const pseudoRandom = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
const realDocx = await docxBuffer([new Paragraph('Åsa: hej')]);

interface Case {
  name: string;
  file: string;
  bytes: Buffer | string;
  reason: ImportFileError['reason'];
  limits?: Partial<ImportLimits>;
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: 'empty .docx',
    file: 'a.docx',
    bytes: '',
    reason: 'empty',
    message: /^a\.docx is empty\.$/,
  },
  { name: 'empty .txt', file: 'a.txt', bytes: '', reason: 'empty' },
  {
    name: 'text renamed .docx',
    file: 'intervju3.docx',
    bytes: 'Åsa: det här är bara text',
    reason: 'not_docx',
    message: /^intervju3\.docx is not a Word document \(it is not a zip file\)\.$/,
  },
  { name: 'random bytes as .docx', file: 'r.docx', bytes: pseudoRandom, reason: 'not_docx' },
  { name: 'random bytes as .txt', file: 'r.txt', bytes: pseudoRandom, reason: 'binary' },
  {
    name: 'old .doc / encrypted docx (OLE)',
    file: 'gammal.docx',
    bytes: Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      pseudoRandom,
    ]),
    reason: 'not_docx',
    message: /old \.doc file or a password-protected/,
  },
  {
    name: 'truncated zip',
    file: 't.docx',
    bytes: realDocx.subarray(0, realDocx.length * 0.6),
    reason: 'corrupt_zip',
  },
  { name: 'just the zip magic', file: 'pk.docx', bytes: 'PK\u0003\u0004', reason: 'corrupt_zip' },
  {
    name: 'invalid deflate data',
    file: 'd.docx',
    bytes: makeZip([
      { name: 'word/document.xml', raw: { compressed: Buffer.alloc(64, 0xff), size: 100, crc: 0 } },
    ]),
    reason: 'corrupt_zip',
  },
  {
    name: 'zip without word/document.xml',
    file: 'z.docx',
    bytes: makeZip([{ name: 'content.xml', data: '<x/>' }]),
    reason: 'not_docx',
    message: /no word\/document\.xml/,
  },
  {
    name: 'document.xml inflating to 500 MB',
    file: 'bomb.docx',
    bytes: minimalDocx(bombXml),
    reason: 'zip_bomb',
  },
  {
    name: 'a header that hides a 500 MB entry',
    file: 'liar.docx',
    bytes: makeZip([{ name: 'word/document.xml', raw: bombXml, declaredSize: 1000 }]),
    reason: 'zip_bomb',
  },
  {
    name: 'entries that together pass the limit',
    file: 'many.docx',
    bytes: makeZip(
      ['a', 'b', 'c'].map((n) => ({ name: `word/${n}.xml`, raw: repeatedDeflate(spaces, 4) })),
    ),
    reason: 'zip_bomb',
    limits: { maxZipUncompressedBytes: 10 * MB },
  },
  {
    name: 'too many entries',
    file: 'n.docx',
    bytes: makeZip(['a', 'b', 'c', 'd'].map((n) => ({ name: n, data: n }))),
    reason: 'zip_bomb',
    limits: { maxZipEntries: 3 },
  },
  {
    name: 'file over the size limit',
    file: 's.txt',
    bytes: 'x'.repeat(200),
    reason: 'too_large',
    limits: { maxFileBytes: 100 },
  },
  {
    name: '.rtf',
    file: 'i.rtf',
    bytes: '{\\rtf1 hej}',
    reason: 'unsupported_format',
    message: /save it as \.docx/,
  },
  { name: '.pdf', file: 'i.pdf', bytes: '%PDF-1.7', reason: 'unsupported_format' },
  { name: 'no extension', file: 'README', bytes: 'hej', reason: 'unsupported_format' },
];

describe('hostile and broken files', () => {
  it.each(cases)('$name fails with $reason', async ({ file, bytes, reason, limits, message }) => {
    const path = writeTemp(file, bytes);
    const started = performance.now();
    const error: unknown = await parseFile(path, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ reason });
    const text = (error as Error).message;
    expect(text).toContain(file); // names the file...
    expect(text).not.toContain(path); // ...by its base name only
    if (message) expect(text).toMatch(message);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses a file over the default 50 MB without reading it', async () => {
    const path = writeTemp('huge.txt', '');
    truncateSync(path, 51 * MB); // sparse: costs no disk and no time
    await expect(parseFile(path)).rejects.toMatchObject({ reason: 'too_large' });
  });

  it.each([
    ['a missing file', () => join(tmpDir(), 'borta.docx')],
    [
      'a directory',
      () => {
        const path = join(tmpDir(), 'mapp.txt');
        mkdirSync(path);
        return path;
      },
    ],
  ])('reports %s as unreadable', async (_name, makePath) => {
    await expect(parseFile(makePath())).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('lets a high ratio through when the real size is small', async () => {
    const xml = repeatedDeflate(
      Buffer.alloc(64 * 1024, 0x20),
      16,
      DOCX_PREFIX + '<w:p><w:r><w:t>Åsa',
      '</w:t></w:r></w:p>' + DOCX_SUFFIX,
    );
    expect(xml.size / xml.compressed.length).toBeGreaterThan(100);
    const doc = await parseFile(writeTemp('ratio.docx', minimalDocx(xml)));
    expect(doc.text).toBe('Åsa');
  });
});
