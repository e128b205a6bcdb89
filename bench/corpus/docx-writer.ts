// Renders the paragraph model (text-model.ts) as a Word document with the `docx` package, in the
// shapes real transcripts take: a heading, bold speaker labels, soft line breaks, plain tables.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { TranscriptParagraph } from './text-model';

/** A "\n" in the model is a soft line break (w:br) inside the paragraph, not a new paragraph. */
function runs(text: string, bold = false): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => run({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

// Typing the options first keeps the checker on IRunOptions: an inline literal is also matched
// against TextRun's `string` overload, and `bold` then resolves to String.prototype.bold.
const run = (options: IRunOptions): TextRun => new TextRun(options);

function paragraph(p: Extract<TranscriptParagraph, { kind: 'paragraph' }>): Paragraph {
  if (p.label === undefined || !p.text.startsWith(p.label))
    return new Paragraph({ children: runs(p.text) });
  // Transcribers usually bold the label; mammoth then reports it as <strong>, which the importer
  // must cope with as well as with plain labels.
  return new Paragraph({
    children: [run({ text: p.label, bold: true }), ...runs(p.text.slice(p.label.length))],
  });
}

function table(rows: string[][]): Table {
  // No tableHeader on any row: mammoth would otherwise read every row as a header (ENVIRONMENT.md).
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (c) => new TableCell({ children: [new Paragraph({ children: runs(c) })] }),
          ),
        }),
    ),
  });
}

/** Builds the .docx bytes for one transcript. */
export async function transcriptToDocx(
  paragraphs: readonly TranscriptParagraph[],
  title: string,
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length > 0) children.push(table(rows));
    rows = [];
  };
  for (const p of paragraphs) {
    if (p.kind === 'table-row') {
      rows.push(p.cells);
      continue;
    }
    flush();
    children.push(
      p.kind === 'heading'
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(p.text) })
        : paragraph(p),
    );
  }
  flush();
  const doc = new Document({
    title,
    creator: 'Kvalkod benchmark corpus',
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
