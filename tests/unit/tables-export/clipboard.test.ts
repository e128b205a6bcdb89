import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { tableToHtml, tableToTsv } from '../../../shared/tables/clipboard';
import { CROSS, ONE_WAY, RANKED } from './fixtures';

describe('tableToHtml', () => {
  const root = parse(tableToHtml(CROSS, 'sv'));
  const table = root.querySelector('table');

  it('is one table with a caption, two header rows and a body row per row', () => {
    expect(root.querySelectorAll('table')).toHaveLength(1);
    expect(table?.querySelector('caption')?.text).toBe('Områden efter bedömning; "chefer"');
    const head = table?.querySelectorAll('thead tr') ?? [];
    expect(head.map((tr) => tr.querySelectorAll('th').map((th) => th.text))).toEqual([
      ['Områden', 'Kommit längst', 'Störst behov', 'Total'],
      ['Antal', '% av kolumn', 'Antal', '% av kolumn', 'Antal', '% av kolumn'],
    ]);
    expect(head[0]?.querySelectorAll('th').map((th) => th.getAttribute('colspan'))).toEqual([
      undefined,
      '2',
      '2',
      '2',
    ]);
    expect(head[0]?.querySelector('th')?.getAttribute('rowspan')).toBe('2');
    const body = table?.querySelectorAll('tbody tr') ?? [];
    expect(body.map((tr) => tr.querySelectorAll('td').map((td) => td.text))).toEqual([
      [
        '1. Brukardelaktighet och återkoppling från brukare',
        '12',
        '31,6',
        '3',
        '7,9',
        '14',
        '34,1',
      ],
      [
        '3. Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag (rimlig arbetsbelastning)',
        '2',
        '5,3',
        '17',
        '44,7',
        '18',
        '43,9',
      ],
      [
        '13. Lokaler | "kontor" <b>&</b>; arbetsredskap, m.m.',
        '5',
        '13,2',
        '9',
        '23,7',
        '11',
        '26,8',
      ],
      ['Inte kodad', '19', '50,0', '9', '23,7', '4', '9,8'],
      ['Total', '38', '100,0', '38', '100,0', '41', '100,0'],
    ]);
  });

  it('escapes labels: markup in a label stays text', () => {
    expect(table?.querySelectorAll('b')).toHaveLength(0);
    expect(tableToHtml(CROSS, 'sv')).toContain(
      '13. Lokaler | &quot;kontor&quot; &lt;b&gt;&amp;&lt;/b&gt;;',
    );
  });

  it('right-aligns numbers, sets totals in bold, keeps counts as numbers for Excel', () => {
    const cells = table?.querySelectorAll('tbody tr')[4]?.querySelectorAll('td') ?? [];
    expect(cells[1]?.getAttribute('style')).toMatch(/text-align:right/);
    expect(cells[0]?.getAttribute('style')).toMatch(/font-weight:bold/);
    expect(cells[1]?.getAttribute('x:num')).toBe('38');
    expect(cells[2]?.getAttribute('x:num')).toBeUndefined();
    const none = table?.querySelectorAll('tbody tr')[3]?.querySelectorAll('td') ?? [];
    expect(none[0]?.getAttribute('style')).toMatch(/font-style:italic/);
    expect(none[1]?.getAttribute('style')).not.toMatch(/italic|bold/);
    const oneWay = parse(tableToHtml(ONE_WAY, 'sv')).querySelectorAll('tbody td');
    expect(oneWay[1]?.text).toBe('12\u00a0345');
    expect(oneWay[1]?.getAttribute('x:num')).toBe('12345');
  });

  it('prints the base and notes under the table, in the language', () => {
    expect(root.querySelector('p')?.text).toBe(
      'Bas: n = 41 intervjuer. Urval: Grupp = Chefer. Flersvar: en enhet kan räknas i flera rader, så raderna kan summera till mer än totalen.',
    );
    const en = parse(tableToHtml(RANKED, 'en'));
    expect(en.querySelector('p')?.text).toBe('Base: n = 117 respondents.');
    expect(en.querySelectorAll('tbody tr')[14]?.querySelector('td')?.text).toBe('No answer');
  });
});

describe('tableToTsv', () => {
  it('has the title, two header lines, the rows and the notes, tab-separated', () => {
    const lines = tableToTsv(CROSS, 'sv').split('\r\n');
    expect(lines[0]).toBe('Områden efter bedömning; "chefer"');
    expect(lines[1]).toBe('Områden\tKommit längst\t\tStörst behov\t\tTotal\t');
    expect(lines[2]).toBe('\tAntal\t% av kolumn\tAntal\t% av kolumn\tAntal\t% av kolumn');
    expect(lines[3]).toBe(
      '1. Brukardelaktighet och återkoppling från brukare\t12\t31,6\t3\t7,9\t14\t34,1',
    );
    expect(lines[7]).toBe('Total\t38\t100,0\t38\t100,0\t41\t100,0');
    expect(lines[8]).toBe('Bas: n = 41 intervjuer.');
    expect(lines.at(-1)).toBe('');
  });

  it('writes numbers a spreadsheet in the language reads: no grouping, its decimal mark', () => {
    expect(tableToTsv(ONE_WAY, 'en').split('\r\n').slice(1, 3)).toEqual([
      'Teman\tAntal avsnitt',
      'Lön\t12345',
    ]);
    expect(tableToTsv(CROSS, 'en').split('\r\n')[3]).toContain('\t31.6\t');
  });

  it('keeps a tab or line break in a label from breaking the grid', () => {
    const odd = {
      ...ONE_WAY,
      rows: [{ key: 'x', label: 'a\tb\nc', cells: [{ n: 1, pct: null }] }],
    };
    odd.rowKinds = ['value'];
    expect(tableToTsv(odd, 'sv').split('\r\n')[2]).toBe('a b c\t1');
  });
});
