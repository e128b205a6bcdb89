// Types of speaker-turn detection. `Paragraph` mirrors the import code's model exactly, so a
// document's imported paragraphs can be passed straight in; the rest is what detection hands back.

export type ParagraphKind = 'paragraph' | 'heading' | 'table-row' | 'list-item';

/**
 * UTF-16 offsets into text, half-open; paragraphs are separated by '\n'; a paragraph may contain
 * '\n' (soft line breaks).
 */
export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
}

/**
 * How to find speaker labels: `auto` tries every built-in pattern conservatively, `patterns` applies
 * the chosen built-ins without the repetition rule, `regex` is the user's own pattern, `none` finds
 * no turns (a document without speakers, such as field notes).
 */
export type DetectionMode =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'patterns'; ids: string[] }
  | { kind: 'regex'; source: string };

export interface DetectedTurn {
  /** The start of the paragraph holding the label: the label is part of the turn. */
  start: number;
  /** After the label, its colon and the spaces that follow: where the spoken words begin. */
  labelEnd: number;
  /** The end of the last paragraph before the next label (or of the document's last paragraph). */
  end: number;
  /** The normalised label; spellings that differ only in case share the first-seen one. */
  speaker: string;
}

export type SpeakerRole = 'interviewer' | 'participant';

export interface DetectedSpeaker {
  label: string;
  role: SpeakerRole;
  /** How many turns carry this label. */
  turns: number;
}

export interface Detection {
  /** In document order, never overlapping. */
  turns: DetectedTurn[];
  /** In order of first appearance. */
  speakers: DetectedSpeaker[];
  /** Which built-in patterns produced at least one turn, in table order (empty for a custom regex). */
  patternIds: string[];
}

/** A built-in label form, offered in the import dialog by its display label. */
export interface LabelPattern {
  id: string;
  label: { sv: string; en: string };
  /**
   * Regex source matching a label at the start of a paragraph, including the colon and the spaces
   * after it. The label itself is the named group `speaker`.
   */
  source: string;
  /**
   * Whether one occurrence is enough in auto mode. Name-like labels ("Anna:") also match headings
   * and notes ("Tema:", "Obs:"), so auto mode wants to see them repeat before trusting them.
   */
  trustedAlone: boolean;
}

/** One line of the confirmation preview the import dialog shows before turns are saved. */
export interface TurnPreview {
  speaker: string;
  role: SpeakerRole;
  /** The first words of the turn, whitespace collapsed, ending in '…' when cut. */
  speech: string;
  start: number;
}
