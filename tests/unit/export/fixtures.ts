// Retrieved passages with the awkward parts real transcripts have: å/ä/ö, quotes, the delimiter,
// line breaks, a leading dash, several attribute values, a passage without a speaker.
import ExcelJS from 'exceljs';
import type { RetrievedSegment } from '../../../shared/coding/types';

const base = {
  coder: 'Anna',
  memo: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const ATTRIBUTE_NAMES = ['Stadsdelsförvaltning', 'Grupp', 'Verksamhetsområden'];

export const SEGMENTS: RetrievedSegment[] = [
  {
    ...base,
    id: 1,
    documentId: 1,
    document: 'Lindholmen_HT2017_Chefer',
    start: 120,
    end: 181,
    text: 'Kontorslandskapet är bullrigt; vi säger "tyst rum" men får inget.',
    speaker: 'IP2',
    speakerRole: 'participant',
    attributes: {
      Stadsdelsförvaltning: 'Lindholmen',
      Grupp: 'Chefer',
      Verksamhetsområden: ['BOU', 'Äldre'],
    },
    codes: [
      { id: 3, name: 'Kompetensförsörjning', number: 3, color: '#1f77b4' },
      { id: 20, name: 'Störst behov', number: null, color: '#d62728' },
    ],
  },
  {
    ...base,
    id: 2,
    documentId: 2,
    document: 'Åsbacka_HT2018_Medarbetare',
    start: 0,
    end: 40,
    text: '- Ja, precis.\nOch lokalerna, de räcker inte, alls.',
    speaker: 'Intervjuare',
    speakerRole: 'interviewer',
    attributes: { Grupp: 'Medarbetare' },
    codes: [{ id: 30, name: 'Lokaler och kontorslandskap', number: null, color: '#2ca02c' }],
  },
  {
    ...base,
    id: 3,
    documentId: 2,
    document: 'Åsbacka_HT2018_Medarbetare',
    start: 500,
    end: 520,
    text: '  Ett stycke utan talare, med ledande blanksteg.',
    speaker: null,
    speakerRole: null,
    attributes: {},
    codes: [{ id: 30, name: 'Lokaler och kontorslandskap', number: null, color: '#2ca02c' }],
  },
];

/** exceljs reads a Node Buffer, though its types name only ArrayBuffer. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}
