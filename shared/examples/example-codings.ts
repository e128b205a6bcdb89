// The coded passages the example project ships with (resources/examples/kodningar.json): each
// quote is found in its document's text and its codes are looked up (an area by its number).
import { z } from 'zod';

export const exampleCodingsSchema = z
  .object({
    about: z.string().optional(),
    coder: z.string().min(1),
    passages: z.array(
      z
        .object({
          document: z.string().min(1),
          quote: z.string().min(1),
          codes: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type ExampleCodings = z.infer<typeof exampleCodingsSchema>;

export interface PlacedPassage {
  documentId: number;
  start: number;
  end: number;
  codeIds: number[];
}

/**
 * Where each passage goes: the first place its quote occurs in the document of that name, with
 * its codes' ids. A quote, document or code that is not there is a fault of the shipped file,
 * named in the error (entry number, document, quote or code).
 */
export function placeExampleCodings(
  file: ExampleCodings,
  documents: readonly { id: number; name: string; text: string }[],
  codes: readonly { id: number; name: string; number: number | null; codable: boolean }[],
): PlacedPassage[] {
  const codeId = (ref: string, entry: number) => {
    const found = codes.find((c) =>
      c.codable && /^\d+$/u.test(ref) ? c.number === Number(ref) : c.codable && c.name === ref,
    );
    if (!found) throw new Error(`example coding ${entry}: no code "${ref}"`);
    return found.id;
  };
  return file.passages.map((p, i) => {
    const entry = i + 1;
    const doc = documents.find((d) => d.name === p.document);
    if (!doc) throw new Error(`example coding ${entry}: no document "${p.document}"`);
    const start = doc.text.indexOf(p.quote);
    if (start < 0) throw new Error(`example coding ${entry}: "${p.quote}" is not in ${doc.name}`);
    return {
      documentId: doc.id,
      start,
      end: start + p.quote.length,
      codeIds: [...new Set(p.codes.map((c) => codeId(c, entry)))],
    };
  });
}
