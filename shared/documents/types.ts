// Documents as the API hands them out: a list row, and the full content for the reading view.
import type { Paragraph, SpeakerRole } from '../transcript/types';

export type DocumentKind = 'transcript' | 'answer';
export type AttributeValues = Record<string, string | string[]>;

export interface SpeakerSummary {
  id: number;
  label: string;
  role: SpeakerRole;
  turns: number;
}

export interface DocumentSummary {
  id: number;
  name: string;
  kind: DocumentKind;
  chars: number;
  words: number;
  sourceName: string;
  sourceFormat: string;
  importedAt: string;
  speakers: SpeakerSummary[];
  attributes: AttributeValues;
  codings: number;
}

export interface Turn {
  start: number;
  labelEnd: number;
  end: number;
  speakerId: number | null;
}

export interface DocumentContent {
  id: number;
  name: string;
  text: string;
  textHash: string;
  paragraphs: Paragraph[];
  turns: Turn[];
  speakers: SpeakerSummary[];
}

/** Words as a reader counts them: runs of letters or digits (å, ä, ö included). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
