// The hand-made quirky project (tests/fixtures/refi/quirks.qde) zipped with its sources, made here
// byte by byte: one text with a UTF-8 byte order mark, one with CRLF line ends, and a PDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeZip } from '../import/zip-helper';

const QDE = readFileSync(join(process.cwd(), 'tests/fixtures/refi/quirks.qde'));
export const BOM_TEXT =
  'Intervjuare: Hur är lokalerna?\nIP1: Lokalerna är för trånga. 😀 Vi behöver tystare rum.';
export const CRLF_TEXT =
  'Intervjuare: Och arbetsbelastningen?\r\nIP1: Den är hög.\r\nIP2: Vi hinner inte\r\nmed allt.';

export function quirksQdpx(): Buffer {
  return makeZip([
    { name: 'project.qde', data: QDE },
    {
      // Upper-case folder and extension, as ATLAS.ti's example writes them.
      name: 'Sources/AAAAAAAA-0000-4000-8000-000000000001.TXT',
      data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BOM_TEXT)]),
    },
    { name: 'sources/crlf.txt', data: CRLF_TEXT },
    { name: 'sources/aaaaaaaa-0000-4000-8000-000000000005.pdf', data: '%PDF-1.4 ...' },
  ]);
}
