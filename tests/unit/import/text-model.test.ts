import { describe, expect, it } from 'vitest';
import {
  buildTextModel,
  lineParagraphs,
  normaliseBlockText,
  type Block,
} from '../../../electron/import/text-model';
import type { ParsedDocument } from '../../../electron/import/types';
import { expectWellFormed, paragraphTexts } from './fixtures';

const NFD_ASA = 'A\u030asa'; // "Åsa" as A + combining ring, as macOS file names and some editors write it

describe('normaliseBlockText', () => {
  it.each([
    ['keeps inner text', 'Åsa:  det\tär', 'Åsa:  det\tär'],
    ['trims trailing whitespace', 'text \t\u00a0 ', 'text'],
    ['keeps leading spaces', '  indrag', '  indrag'],
    ['drops leading blank lines', '\n \nrad', 'rad'],
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['NFD becomes NFC', NFD_ASA, 'Åsa'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseBlockText(input)).toBe(expected);
  });
});

describe('buildTextModel', () => {
  it('joins blocks with one LF, drops empty ones and keeps offsets exact', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'Intervju 3' },
      { kind: 'paragraph', text: '   ' },
      { kind: 'paragraph', text: `${NFD_ASA}: Första raden.\nAndra raden.  ` },
      { kind: 'table-row', text: 'Namn\tRoll' },
      { kind: 'list-item', text: '' },
      { kind: 'list-item', text: 'e\u0301n punkt' },
    ];
    const model = buildTextModel(blocks);
    const doc: ParsedDocument = { ...model, format: 'docx', encoding: null, warnings: [] };
    expect(model.text).toBe('Intervju 3\nÅsa: Första raden.\nAndra raden.\nNamn\tRoll\nén punkt');
    expect(model.paragraphs.map((p) => p.kind)).toEqual([
      'heading',
      'paragraph',
      'table-row',
      'list-item',
    ]);
    expect(paragraphTexts(doc)).toEqual([
      'Intervju 3',
      'Åsa: Första raden.\nAndra raden.',
      'Namn\tRoll',
      'én punkt',
    ]);
    expectWellFormed(doc);
  });

  it('gives an empty model for no text at all', () => {
    expect(buildTextModel([{ kind: 'paragraph', text: ' \n ' }])).toEqual({
      text: '',
      paragraphs: [],
    });
  });
});

describe('lineParagraphs', () => {
  it.each([
    ['single line', 'hej', [[0, 3]]],
    [
      'blank lines skipped',
      'a\n\n  \nb',
      [
        [0, 1],
        [6, 7],
      ],
    ],
    [
      'trailing spaces excluded',
      'ab  \ncd',
      [
        [0, 2],
        [5, 7],
      ],
    ],
    ['trailing newline', 'a\n', [[0, 1]]],
    ['leading indentation kept', '  a', [[0, 3]]],
    ['nothing', '\n\n', []],
  ])('%s', (_name, text, expected) => {
    expect(lineParagraphs(text).map((p) => [p.start, p.end])).toEqual(expected);
  });
});
