// A code's description in REFI-QDA is one text. Kvalkod describes a code in four parts (definition,
// when to use, when not to, an example): the three extra parts follow the definition as labelled
// paragraphs, which other tools show as they are and Kvalkod splits again on import.

export interface CodeDescription {
  description: string;
  whenToUse: string;
  whenNotToUse: string;
  example: string;
}

const PARTS = [
  ['whenToUse', 'När den ska användas: '],
  ['whenNotToUse', 'När den inte ska användas: '],
  ['example', 'Exempel: '],
] as const;

export function joinCodeDescription(d: CodeDescription): string {
  const parts = [d.description];
  for (const [key, label] of PARTS) if (d[key] !== '') parts.push(label + d[key]);
  return parts.filter((p) => p !== '').join('\n\n');
}

/** The inverse of joinCodeDescription; a description without the labels is all definition. */
export function splitCodeDescription(text: string): CodeDescription {
  const out: CodeDescription = { description: text, whenToUse: '', whenNotToUse: '', example: '' };
  // Take the labelled parts from the end, in reverse order, so each keeps its own line breaks.
  for (const [key, label] of [...PARTS].reverse()) {
    const at = out.description.lastIndexOf(label);
    if (at < 0 || (at > 0 && out.description.slice(at - 2, at) !== '\n\n')) continue;
    out[key] = out.description.slice(at + label.length);
    out.description = out.description.slice(0, Math.max(0, at - 2));
  }
  return out;
}
