// The .docx reader's notices in plain words: mammoth's English sentences ("Paragraph style with ID
// Heading1 was referenced ...") become message codes the window words in Swedish or English.
import { describe, expect, it } from 'vitest';
import { readerWarning } from '../../../electron/import/docx';
import { parseFile } from '../../../electron/import/parse-file';
import { englishText } from '../../../shared/messages';
import { libreOfficeDocx } from '../../e2e/walk-files';
import { tmpDir } from './fixtures';

describe('readerWarning', () => {
  it.each([
    [
      'Paragraph style with ID Heading1 was referenced but not defined in the document',
      { code: 'docxStyleMissing', params: { file: 'a.docx', style: 'Heading1' } },
    ],
    [
      'Run style with ID Strong was referenced but not defined in the document',
      { code: 'docxStyleMissing', params: { file: 'a.docx', style: 'Strong' } },
    ],
    [
      'An unrecognised element was ignored: w:customXml',
      { code: 'docxElementIgnored', params: { file: 'a.docx', element: 'w:customXml' } },
    ],
    [
      'unexpected non-row element in table, cell merging may be incorrect',
      { code: 'docxTableMerge', params: { file: 'a.docx' } },
    ],
    [
      'A w:sym element with an unsupported character was ignored: char F0FF in font Wingdings',
      { code: 'docxSymbolIgnored', params: { file: 'a.docx', font: 'Wingdings' } },
    ],
    [
      'Ignoring complex field end character without corresponding start character',
      { code: 'docxFieldIgnored', params: { file: 'a.docx' } },
    ],
    ['Something new in mammoth', { code: 'docxOther', params: { file: 'a.docx' } }],
  ])('%s', (text, expected) => {
    expect(readerWarning(text, 'a.docx')).toEqual(expected);
  });

  it.each([
    "Unrecognised paragraph style: 'Text Body' (Style ID: TextBody)",
    "Unrecognised run style: 'Emphasis' (Style ID: Emphasis)",
    'Could not find image file for a:blip element',
    'Image of type image/x-emf is unlikely to display in web browsers',
  ])('leaves out what no one can act on: %s', (text) => {
    expect(readerWarning(text, 'a.docx')).toBeNull();
  });
});

describe('a .docx written by LibreOffice', () => {
  it('is imported whole, with one plain-words notice for the style it never defines', async () => {
    const file = libreOfficeDocx(tmpDir(), 'Lo.docx', ['Intervjuare: Hej.', 'IP1: Hej hej.']);
    const doc = await parseFile(file.path);
    expect(doc.text).toContain('IP1: Hej hej.');
    expect(doc.warnings).toEqual([
      { code: 'docxStyleMissing', params: { file: 'Lo.docx', style: 'Heading1' } },
    ]);
    const words = englishText(doc.warnings[0] ?? { code: 'docxOther', params: {} });
    expect(words).toContain('"Heading1"');
    expect(words).not.toMatch(/referenced but not defined/);
  });
});
