// A small questionnaire sheet (fictional) in every form a user may bring: .xlsx, CSV in UTF-8
// with BOM and commas, CSV in Windows-1252 with semicolons (a Swedish Excel), and tab-separated
// text in UTF-16 (Excel's "Unicode text") or UTF-8. Written here, not committed as binaries.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export const HEADER = [
  'ID',
  'Roll',
  'Verksamhetsområde',
  'Längst 1',
  'Längst 2',
  'Längst 3',
  'Behov 1',
  'Behov 2',
  'Behov 3',
  'Skillnad',
];

/** Answers by number and by label (with and without the number), empty cells, å ä ö. */
export const ROWS: string[][] = [
  [
    '1',
    'Chef',
    'BOU',
    '2',
    '5',
    '13',
    '3',
    '7',
    '',
    'Ja, introduktionen; mentorn gjorde skillnad.',
  ],
  [
    '2',
    'Medarbetare',
    'Äldre',
    '2. Introduktionsprogram och mentorskap för nyanställda',
    '9',
    '',
    '3',
    '',
    '',
    '',
  ],
  [
    '3',
    'Medarbetare',
    'Ek',
    'Medhandläggarskap',
    '',
    '',
    '13. Lämpliga lokaler och fungerande arbetsredskap',
    '3',
    '6',
    'Nej, inte än.',
  ],
  ['4', 'Chef', 'Äldre', '5', '2', '', '3', '', '', ''],
  ['5', 'Medarbetare', 'BOU', '', '', '', '', '', '', ''],
  [
    '6',
    'Chef',
    'Psyk',
    'Övrigt',
    'nära och tillgänglig ledning',
    '2',
    '7',
    '6',
    '3',
    'Mer stöd till chefer, tack!',
  ],
];

/** What those rows give for "Längst": area -> count per alternative. */
export const LANGST = {
  '2': [2, 1, 1],
  '5': [1, 2, 0],
  '9': [1, 1, 0],
  '13': [0, 0, 1],
  '14': [1, 0, 0],
};

export const MAPPING = {
  idColumn: 'ID',
  attributes: ['Roll', 'Verksamhetsområde'],
  ranked: [
    { name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] },
    { name: 'Behov', columns: ['Behov 1', 'Behov 2', 'Behov 3'] },
  ],
  text: ['Skillnad'],
};

export type Variant =
  'xlsx' | 'csv-utf8-bom-comma' | 'csv-1252-semicolon' | 'txt-utf16-tab' | 'tsv-utf8';

export const VARIANTS: {
  variant: Variant;
  file: string;
  format: string;
  delimiter: string | null;
  encoding: string | null;
}[] = [
  { variant: 'xlsx', file: 'enkät.xlsx', format: 'xlsx', delimiter: null, encoding: null },
  {
    variant: 'csv-utf8-bom-comma',
    file: 'enkät.csv',
    format: 'csv',
    delimiter: ',',
    encoding: 'utf-8',
  },
  {
    variant: 'csv-1252-semicolon',
    file: 'enkät.csv',
    format: 'csv',
    delimiter: ';',
    encoding: 'windows-1252',
  },
  {
    variant: 'txt-utf16-tab',
    file: 'enkät.txt',
    format: 'csv',
    delimiter: '\t',
    encoding: 'utf-16le',
  },
  { variant: 'tsv-utf8', file: 'enkät.tsv', format: 'csv', delimiter: '\t', encoding: 'utf-8' },
];

const csv = (table: string[][], delimiter: string) =>
  Papa.unparse(table, { delimiter, newline: '\r\n' }) + '\r\n';

/** The bytes of `table` as a file of that variant. Number cells go into .xlsx as numbers. */
export async function sheetBytes(
  variant: Variant,
  table: string[][] = [HEADER, ...ROWS],
): Promise<Buffer> {
  switch (variant) {
    case 'xlsx': {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Enkät');
      for (const row of table) sheet.addRow(row.map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }
    case 'csv-utf8-bom-comma':
      return Buffer.from('\ufeff' + csv(table, ','), 'utf8');
    case 'csv-1252-semicolon':
      return iconv.encode(csv(table, ';'), 'win1252');
    case 'txt-utf16-tab':
      return iconv.encode(csv(table, '\t'), 'utf16le', { addBOM: true });
    case 'tsv-utf8':
      return Buffer.from(csv(table, '\t'), 'utf8');
  }
}
