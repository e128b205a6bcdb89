import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../../shared/export/csv-cell';

describe('neutraliseCell (CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","klicka")', '\'=HYPERLINK("http://x","klicka")'],
    ['+46 70 123 45 67', "'+46 70 123 45 67"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['- en punkt i en lista', "'- en punkt i en lista"],
    ['-3', '-3'],
    ['34,2', '34,2'],
    ['-0.5', '-0.5'],
    ['Lönen är låg = problem', 'Lönen är låg = problem'],
    ['', ''],
    ["'redan citerad", "'redan citerad"],
  ])('%j -> %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });
});
