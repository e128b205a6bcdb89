// Transcript files for the import tests, written at test time: Word documents with speakers,
// an old Windows-1252 text file, and broken files of several kinds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';

export const TURNS = [
  'Intervjuare: Var har arbetet kommit längst?',
  'IP1: Introduktionsprogrammet för nyanställda fungerar bra – det har kommit längst.',
  'IP2: Jag håller med. Men lokalerna är trånga och kontorslandskapet är bullrigt.',
  'Intervjuare: Och var är behovet störst?',
  'IP1: Arbetsbelastningen. Vi har för många ärenden per handläggare.',
];

export async function interviewDocx(extra = ''): Promise<Buffer> {
  const paragraphs = [...TURNS, ...(extra ? [`IP2: ${extra}`] : [])].map(
    (t) => new Paragraph({ children: [new TextRun(t)] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** Writes a folder with good and bad transcripts; returns the names of the good ones. */
export async function writeMixedFolder(dir: string): Promise<string[]> {
  writeFileSync(join(dir, 'Lindholmen_HT2017_Chefer.docx'), await interviewDocx('Chefer svarar.'));
  writeFileSync(
    join(dir, 'Östra_VT2018_Medarbetare.docx'),
    await interviewDocx('Medarbetare svarar.'),
  );
  writeFileSync(
    join(dir, 'Bergsjön_HT2016_Medarbetare.txt'),
    iconv.encode(TURNS.join('\r\n') + '\r\nIP2: Åsa på Ängö – äldre fil.\r\n', 'win1252'),
  );
  const good = await interviewDocx();
  writeFileSync(join(dir, 'trasig.docx'), good.subarray(0, Math.floor(good.length / 2)));
  writeFileSync(join(dir, 'tom.txt'), '');
  writeFileSync(join(dir, 'egentligen-text.docx'), 'Det här är bara text som fått fel filändelse.');
  return [
    'Lindholmen_HT2017_Chefer.docx',
    'Östra_VT2018_Medarbetare.docx',
    'Bergsjön_HT2016_Medarbetare.txt',
  ];
}
