// Deterministic benchmark corpus: 144 synthetic Swedish group-interview transcripts as .docx, the
// size of the real study (DOMAIN.md). Same options, same text; only zip timestamps may differ.
//
// Naming scheme: {Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}.docx. Documents 0-139 are the 14
// districts x 5 rounds x (Medarbetare, Chefer), district by district. From 140 on come extra staff
// groups ("Medarbetare2", then "Medarbetare3", ...), latest round first, district by district: the
// default 144 adds Medarbetare2 for the first four districts in HT2018, the round with most people.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { at, deriveSeed } from './prng';
import { countWords, generateTranscriptText, type TranscriptMeta } from './text-model';
import { DISTRICTS, GROUPS, ROUNDS } from './vocabulary';
import { transcriptToDocx } from './docx-writer';

export { countWords, generateTranscriptText } from './text-model';
export type { TranscriptMeta, TranscriptParagraph } from './text-model';

export interface CorpusOptions {
  /** Number of documents; default 144. */
  count?: number;
  /** Target words per document; each gets this many or at most one sentence more. Default 10,000. */
  wordsPerDoc?: number;
  /** Base seed; each document's seed is derived from it and the document's index. */
  seed?: number;
}

export const DEFAULT_SEED = 20_161_001;

/** The district, round and group of document `index` (see the naming scheme above). */
export function corpusSlot(index: number): TranscriptMeta {
  const base = DISTRICTS.length * ROUNDS.length * GROUPS.length;
  if (index < base) {
    const group = at(GROUPS, index % GROUPS.length);
    const round = at(ROUNDS, Math.floor(index / GROUPS.length) % ROUNDS.length);
    const district = at(DISTRICTS, Math.floor(index / (GROUPS.length * ROUNDS.length)));
    return { district, round, group };
  }
  const extra = index - base;
  const perCycle = DISTRICTS.length * ROUNDS.length;
  const slot = extra % perCycle;
  return {
    district: at(DISTRICTS, slot % DISTRICTS.length),
    round: at(ROUNDS, ROUNDS.length - 1 - Math.floor(slot / DISTRICTS.length)),
    group: `Medarbetare${Math.floor(extra / perCycle) + 2}`,
  };
}

export const corpusFileName = (m: TranscriptMeta): string =>
  `${m.district}_${m.round}_${m.group}.docx`;

/**
 * Writes the corpus into `dir` (created if missing) and returns the written paths, in index order,
 * with the total word count of their text models.
 */
export async function generateCorpus(
  dir: string,
  options: CorpusOptions = {},
): Promise<{ files: string[]; totalWords: number }> {
  const count = options.count ?? 144;
  const words = options.wordsPerDoc ?? 10_000;
  const seed = options.seed ?? DEFAULT_SEED;
  await mkdir(dir, { recursive: true });
  const files: string[] = new Array<string>(count);
  let totalWords = 0;
  // Zipping is CPU-bound but partly asynchronous; a few documents in flight keep the event loop
  // busy while file writes complete, without holding the whole corpus in memory.
  const inFlight = Math.max(2, availableParallelism());
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const meta = corpusSlot(index);
      const model = generateTranscriptText(deriveSeed(seed, index), words, meta);
      for (const p of model) totalWords += countWords(p.text);
      const path = join(dir, corpusFileName(meta));
      await writeFile(
        path,
        await transcriptToDocx(model, corpusFileName(meta).replace(/\.docx$/, '')),
      );
      files[index] = path;
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  return { files, totalWords };
}
