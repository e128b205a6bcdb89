// Reading exported files back with libraries (as another program would), to compare with the table.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { parse, type HTMLElement } from 'node-html-parser';
import yauzl from 'yauzl';

/** One entry of a zip (a .docx part) as text. */
export function zipEntry(buffer: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in the zip`)));
      zip.readEntry();
    });
  });
}

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

/** The Word document as mammoth reads it: HTML with <table>s and <p>s. */
export async function docxHtml(buffer: Buffer): Promise<HTMLElement> {
  return parse((await mammoth.convertToHtml({ buffer })).value);
}

/** Each table's rows as cell texts (a cell spanning columns appears once). */
export function htmlTables(root: HTMLElement): string[][][] {
  return root
    .querySelectorAll('table')
    .map((t) =>
      t.querySelectorAll('tr').map((tr) => tr.querySelectorAll('td, th').map((c) => c.text.trim())),
    );
}
