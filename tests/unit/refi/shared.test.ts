// Pure REFI-QDA logic, table-driven: code points <-> UTF-16, source text normalisation with
// positions, GUIDs, numbered names, selection-name checks, variables, code descriptions, XML text.
import { describe, expect, it } from 'vitest';
import { joinCodeDescription, splitCodeDescription } from '../../../shared/refi/code-description';
import { isXsdDateTime, readDateTime } from '../../../shared/refi/dates';
import {
  checkSelectionName,
  excerpt,
  internalPath,
  normaliseGuid,
  parseNumberedName,
} from '../../../shared/refi/names';
import { normaliseSourceText, OffsetIndex, selectionRange } from '../../../shared/refi/offsets';
import {
  attributeFor,
  describeAttribute,
  readValue,
  variableType,
  writeValue,
} from '../../../shared/refi/variables';
import { decodeXmlEntities, escapeAttr, escapeText } from '../../../shared/refi/xml';

describe('OffsetIndex', () => {
  const text = 'a😀b👩‍👧c'; // units: a=0, 😀=1-2, b=3, 👩=4-5, ZWJ=6, 👧=7-8, c=9
  const index = new OffsetIndex(text);
  it.each([
    [0, 0],
    [1, 1],
    [3, 2],
    [4, 3],
    [6, 4],
    [7, 5],
    [9, 6],
    [10, 7],
  ])('UTF-16 %i is code point %i, and back', (unit, cp) => {
    expect(index.toCodePoint(unit)).toBe(cp);
    expect(index.toUnit(cp)).toBe(unit);
  });
  it.each([2, 5, 8, 11, -1, 1.5])('refuses %s (inside a pair or out of range)', (unit) => {
    expect(index.toCodePoint(unit)).toBeNull();
  });
  it('counts code points', () => expect(index.codePoints).toBe(7));
  it('refuses code points past the end', () => expect(index.toUnit(8)).toBeNull());
});

describe('normaliseSourceText', () => {
  it.each([
    ['plain', 'ab', 'ab', [0, 1, 2]],
    // A BOM left after decoding (a second one) is a character of the text and keeps its position.
    ['U+FEFF after decoding', '\uFEFFab', '\uFEFFab', [0, 1, 2, 3]],
    ['CRLF', 'a\r\nb', 'a\nb', [0, 1, 1, 2, 3]],
    ['lone CR', 'a\rb', 'a\nb', [0, 1, 2, 3]],
    ['CRLF at the end', 'a\r\n', 'a\n', [0, 1, 1, 2]],
    ['emoji', 'a😀b', 'a😀b', [0, 1, 3, 4]],
    ['NFD ä', 'xa\u0308y', 'xäy', [0, 1, 1, 2, 3]],
    ['NFD with CRLF', 'a\u0308\r\nb', 'ä\nb', [0, 0, 1, 1, 2, 3]],
  ])('%s', (_what, raw, text, map) => {
    const n = normaliseSourceText(raw);
    expect(n.text).toBe(text);
    expect([...n.map]).toEqual(map);
  });
});

describe('selectionRange', () => {
  it.each([
    ['ends inside a composed character: takes all of it', 'xa\u0308y', 0, 2, 'xä'],
    ['starts inside one: takes all of it', 'xa\u0308y', 2, 4, 'äy'],
    ['within one character', 'xa\u0308y', 2, 2, ''],
    ['inside a character NFC leaves alone: as the file has it', 'q\u0301x', 0, 1, 'q'],
    ['ends on the CR of a CR LF: the line break is left out', 'a\r\nb', 0, 2, 'a'],
  ])('%s', (_what, body, start, end, covered) => {
    const n = normaliseSourceText(body);
    const range = selectionRange(n, start, end);
    expect(n.text.slice(range.start, range.end)).toBe(covered);
  });
});

describe('names', () => {
  it.each([
    ['{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}', 'ad68fbe7-e1ee-4a82-a279-23cc698c89eb'],
    [' d7aa29da-519b-4946-9b90-253b6db8fd0a ', 'd7aa29da-519b-4946-9b90-253b6db8fd0a'],
    ['not-a-guid', null],
    ['{d7aa29da-519b-4946-9b90-253b6db8fd0a', 'd7aa29da-519b-4946-9b90-253b6db8fd0a'],
    [undefined, null],
  ])('normaliseGuid(%s)', (raw, guid) => expect(normaliseGuid(raw)).toBe(guid));

  it.each([
    [
      '13. Lämpliga lokaler och fungerande arbetsredskap',
      13,
      'Lämpliga lokaler och fungerande arbetsredskap',
    ],
    ['2) Introduktion', 2, 'Introduktion'],
    ['14: Övrigt', 14, 'Övrigt'],
    ['2017 års omorganisation', null, null],
    ['0. Noll', null, null],
    ['Lokaler', null, null],
    ['3.5 tjänster', null, null],
  ])('parseNumberedName(%s)', (raw, number, name) => {
    const parsed = parseNumberedName(raw);
    expect(parsed?.number ?? null).toBe(number);
    expect(parsed?.name ?? null).toBe(name);
  });

  const doc = 'IP1: Lokalerna är för trånga.\nVi behöver tystare rum, säger hon.';
  it.each([
    ['Lokalerna är för trånga.', 'Lokalerna är för trånga.', 'matches'],
    ['trånga. Vi behöver', 'trånga.\nVi behöver', 'matches'],
    ['Vi behöver tystare…', 'Vi behöver tystare rum', 'matches'],
    ['Vi behöver tystare', 'Vi behöver tystare rum', 'matches'],
    ['Vi behöver tystare rum', 'ehöver tystare rum, s', 'differs'],
    ['Citat 4:2', 'Lokalerna', 'label'],
    ['Något helt annat än texten', 'Lokalerna', 'label'],
    // A label made of words the text also has, on a passage of another length: not drift.
    ['Lokalerna är för trånga', 'Vi behöver tystare rum, säger hon.', 'label'],
    ['Vi behöver tystare…', 'Lokalerna är för trånga.', 'differs'],
  ] as const)('checkSelectionName(%s)', (name, covered, result) =>
    expect(checkSelectionName(name, covered, doc)).toBe(result),
  );

  it.each([
    ['internal://a.txt', { kind: 'file', name: 'a.txt' }],
    ['internal:///a.txt', { kind: 'file', name: 'a.txt' }],
    [' INTERNAL://Sources/A.TXT ', { kind: 'file', name: 'A.TXT' }],
    ['internal://../../x', { kind: 'unsafe' }],
    ['internal://sources/../x.txt', { kind: 'unsafe' }],
    ['internal://sub/a.txt', { kind: 'unsafe' }],
    ['internal://a\\..\\b.txt', { kind: 'unsafe' }],
    ['relative:///AR/a.txt', { kind: 'outside' }],
    [null, { kind: 'outside' }],
  ] as const)('internalPath(%s)', (path, where) => expect(internalPath(path)).toEqual(where));

  it('shortens excerpts by code points, never inside an emoji', () => {
    expect(excerpt('ab😀cd', 3)).toBe('ab😀…');
    expect(excerpt('rad ett\nrad två', 80)).toBe('rad ett rad två');
  });
});

describe('variables', () => {
  it.each([
    ['number', false, ['75', '72'], 'Integer'],
    ['number', false, ['75', '72.5'], 'Float'],
    ['number', false, ['1e-7'], 'Float'],
    ['number', true, ['3', '5'], 'Text'],
    ['date', false, [], 'Date'],
    ['date', true, ['2018-03-14'], 'Text'],
    ['category', false, ['BOU'], 'Text'],
    ['text', false, [], 'Text'],
  ] as const)('%s (several: %s) %j is a %s variable', (type, multiple, values, variable) =>
    expect(variableType(type, multiple, [...values])).toBe(variable),
  );

  it.each([
    ['Float', ['1e-7'], '0.0000001'],
    ['Float', ['-3.5e-10'], '-0.00000000035'],
    ['Float', ['1.23e+23'], '123000000000000000000000'],
    ['Float', ['1e+21'], '1000000000000000000000'],
    ['Float', ['72.5'], '72.5'],
    ['Integer', ['75'], '75'],
    ['Date', ['2018-03-14'], '2018-03-14'],
    ['Text', ['BOU', 'Ek'], 'BOU; Ek'],
  ] as const)('writeValue(%s, %j) is %s', (type, values, written) =>
    expect(writeValue(type, [...values])).toBe(written),
  );

  it.each([
    ['Integer', ' 42 ', '42'],
    ['Integer', '4.2', null],
    ['Float', '3.50', '3.50'],
    ['Float', '0.0000001', '0.0000001'],
    ['Float', '1e3', null],
    ['Boolean', 'TRUE', 'true'],
    ['Date', '2017-10-03Z', '2017-10-03'],
    ['Date', '03/10/2017', null],
    ['DateTime', '2017-10-03T10:00:00Z', '2017-10-03T10:00:00Z'],
    ['Text', '  ', null],
  ] as const)('readValue(%s, %j)', (type, raw, value) => expect(readValue(type, raw)).toBe(value));

  it('reads back what describeAttribute wrote', () => {
    expect(attributeFor('Text', describeAttribute('category', true))).toEqual({
      type: 'category',
      multiple: true,
    });
    expect(attributeFor('Text', describeAttribute('text', false))).toEqual({
      type: 'text',
      multiple: false,
    });
    expect(attributeFor('Text', 'Någon annans beskrivning')).toEqual({
      type: 'category',
      multiple: false,
    });
    expect(attributeFor('DateTime', '')).toEqual({ type: 'text', multiple: false });
    expect(attributeFor('Text', describeAttribute('number', true))).toEqual({
      type: 'number',
      multiple: true,
    });
    expect(attributeFor('Text', describeAttribute('date', true))).toEqual({
      type: 'date',
      multiple: true,
    });
    expect(describeAttribute('number', false)).toBe('');
  });
});

describe('dates', () => {
  it.each([
    ['2018-03-27T19:29:27Z', true],
    ['2018-03-27T19:29:27.123456+01:00', true],
    ['2018-03-27T19:29:27', true],
    ['2016-02-29T24:00:00-14:00', true],
    ['2018-03-27T19:29', false],
    ['2018-03-27T7:04:19Z', false],
    ['2018-02-29T10:00:00Z', false],
    ['2018-03-27T19:29:27+0100', false],
    ['2018-03-27T24:00:01Z', false],
    ['2018-03-27T19:29:27+14:30', false],
    ['0000-01-01T00:00:00Z', false],
  ])('isXsdDateTime(%s) is %s', (value, valid) => expect(isXsdDateTime(value)).toBe(valid));

  it.each([
    ['2018-03-27T19:29:27+01:00', '2018-03-27T19:29:27+01:00'],
    ['2018-03-27T19:29:27.5+0100', '2018-03-27T18:29:27.500Z'],
    ['2018-03-27T7:04:19Z', null],
    ['27.03.2018', null],
    ['', null],
  ])('readDateTime(%s) is %s', (raw, read) => expect(readDateTime(raw)).toBe(read));
});

describe('code descriptions', () => {
  it.each([
    { description: 'Def', whenToUse: 'När', whenNotToUse: 'Inte\nnär', example: 'Ex' },
    { description: 'Bara definition', whenToUse: '', whenNotToUse: '', example: '' },
    { description: '', whenToUse: 'Endast', whenNotToUse: '', example: 'Ex: a & b' },
    { description: 'Två\n\nstycken', whenToUse: '', whenNotToUse: 'Aldrig', example: '' },
  ])('splits what it joined: %j', (parts) =>
    expect(splitCodeDescription(joinCodeDescription(parts))).toEqual(parts),
  );
});

describe('XML text', () => {
  it('escapes text and attributes so that a strict reader gets them back', () => {
    expect(escapeText('a & <b> "c"\r')).toBe('a &amp; &lt;b&gt; "c"&#13;');
    expect(escapeAttr('rad 1\nrad 2\t"x"')).toBe('rad 1&#10;rad 2&#9;&quot;x&quot;');
    expect(escapeText('a\u0001b\uD800c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });
  it.each([
    ['&amp;lt;', '&lt;'],
    ['&#10;&#x1F600;', '\n😀'],
    ['&lol2;', '&lol2;'],
    ['&#0;&#xD800;', '\uFFFD\uFFFD'],
    ['&quot;&apos;', `"'`],
  ])('decodes %s once, expanding nothing else', (raw, text) =>
    expect(decodeXmlEntities(raw)).toBe(text),
  );
});
