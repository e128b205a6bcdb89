import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../../electron/import/decode-text';
import { parseFile } from '../../../electron/import/parse-file';
import { markdownKind } from '../../../electron/import/plain-text';
import { expectWellFormed, paragraphTexts, writeTemp } from './fixtures';

const LINE_1 = 'Åsa: Det här är svårt – även för chefer.';
const LINE_2 = 'Intervjuare: Kan du säga mer om det, Émile?';
const TEXT = `${LINE_1}\n${LINE_2}\n`;

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

const encodings: [string, Buffer, string][] = [
  ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
  [
    'UTF-16LE with BOM',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
    'utf-16le',
  ],
  ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
  ['Windows-1252', iconv.encode(TEXT, 'windows-1252'), 'windows-1252'],
];

describe('decodeText', () => {
  it.each(encodings)('%s decodes to the same text', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('keeps a U+FEFF that is not a leading BOM', () => {
    expect(decodeText(Buffer.from('a\ufeffb')).text).toBe('a\ufeffb');
  });
});

describe('looksBinary', () => {
  it.each([
    ['plain text', TEXT, false],
    ['tabs, form feeds and CRLF', 'a\tb\f\r\nc', false],
    ['a NUL byte', 'abc\u0000def', true],
    ['mostly control characters', '\u0001\u0002\u0003\u0004abc', true],
    ['empty', '', false],
  ])('%s', (_name, text, expected) => {
    expect(looksBinary(text)).toBe(expected);
  });
});

describe('parseFile on .txt', () => {
  it.each(encodings)('%s gives identical text and paragraphs', async (_name, bytes, encoding) => {
    const doc = await parseFile(writeTemp('intervju.txt', bytes));
    expect(doc).toMatchObject({ text: TEXT, format: 'txt', encoding });
    expect(paragraphTexts(doc)).toEqual([LINE_1, LINE_2]);
    expect(doc.paragraphs.every((p) => p.kind === 'paragraph')).toBe(true);
    expect(doc.warnings).toHaveLength(encoding === 'windows-1252' ? 1 : 0);
    expectWellFormed(doc);
  });

  it.each([
    ['CRLF', `${LINE_1}\r\n\r\n${LINE_2}\r\n`],
    ['CR', `${LINE_1}\r\r${LINE_2}\r`],
  ])('normalises %s line ends to LF', async (_name, content) => {
    const doc = await parseFile(writeTemp('crlf.txt', content));
    expect(doc.text).toBe(`${LINE_1}\n\n${LINE_2}\n`);
    expect(paragraphTexts(doc)).toEqual([LINE_1, LINE_2]);
    expectWellFormed(doc);
  });

  it('turns NFD input into NFC', async () => {
    const doc = await parseFile(writeTemp('nfd.txt', LINE_1.normalize('NFD')));
    expect(LINE_1.normalize('NFD')).not.toBe(LINE_1); // the fixture really is decomposed
    expect(doc.text).toBe(LINE_1);
    expect(doc.paragraphs).toEqual([{ start: 0, end: LINE_1.length, kind: 'paragraph' }]);
  });

  it('keeps the file text but points paragraphs past blank lines and trailing spaces', async () => {
    const doc = await parseFile(writeTemp('blank.txt', '\n  \nFörsta  \n\n\tAndra\n'));
    expect(doc.text).toBe('\n  \nFörsta  \n\n\tAndra\n');
    expect(paragraphTexts(doc)).toEqual(['Första', '\tAndra']);
    expectWellFormed(doc);
  });

  it.each([
    ['whitespace only', ' \n\t\n', 'empty'],
    [
      'random bytes',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      'binary',
    ],
    ['control characters', Buffer.from([1, 2, 3, 4, 5, 6, 0x41, 0x42]), 'binary'],
    ['UTF-16 without BOM', Buffer.from(TEXT, 'utf16le'), 'binary'],
  ])('refuses %s', async (_name, content, reason) => {
    await expect(parseFile(writeTemp('x.txt', content))).rejects.toMatchObject({ reason });
  });
});

describe('parseFile on .md', () => {
  it('keeps markdown as written and classifies lines', async () => {
    const md =
      '# Intervju 3\n\nÅsa: Det här är svårt.\n\n- första punkten\n* andra\n12. tolfte\n#hashtag\n';
    const doc = await parseFile(writeTemp('intervju.MD', md));
    expect(doc.format).toBe('md');
    expect(doc.text).toBe(md);
    expect(doc.paragraphs.map((p) => [doc.text.slice(p.start, p.end), p.kind])).toEqual([
      ['# Intervju 3', 'heading'],
      ['Åsa: Det här är svårt.', 'paragraph'],
      ['- första punkten', 'list-item'],
      ['* andra', 'list-item'],
      ['12. tolfte', 'list-item'],
      ['#hashtag', 'paragraph'],
    ]);
    expectWellFormed(doc);
  });

  it.each([
    ['###### sex', 'heading'],
    ['####### sju', 'paragraph'],
    ['  - indragen', 'list-item'],
    ['-ingen lista', 'paragraph'],
    ['3) punkt', 'list-item'],
  ])('markdownKind(%j) is %s', (line, kind) => {
    expect(markdownKind(line)).toBe(kind);
  });
});
