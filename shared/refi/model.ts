// The REFI-QDA data model as both directions use it: the reader fills it from project.qde or a
// .qdc, the writer turns it into XML. GUIDs are in Kvalkod's form (lower case, no braces);
// positions are code points as in the file; dates are xsd:dateTime strings.

export const VARIABLE_TYPES = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const;
export type RefiVariableType = (typeof VARIABLE_TYPES)[number];

export interface RefiUser {
  guid: string;
  name: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  codable: boolean;
  color: string | null;
  description: string;
  noteRefs: string[];
  children: RefiCode[];
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: RefiVariableType;
  description: string;
}

export interface RefiValue {
  variable: string;
  type: RefiVariableType;
  value: string;
}

export interface RefiCoding {
  guid: string;
  code: string;
  user: string | null;
  created: string | null;
}

interface Stamped {
  user: string | null;
  created: string | null;
  modified: string | null;
}

export interface RefiSelection extends Stamped {
  guid: string;
  /** Some tools write the coded text here; Kvalkod writes the passage's beginning. */
  name: string | null;
  start: number;
  end: number;
  /** The passage's own note (Kvalkod's memo of a coded passage). */
  description: string;
  codings: RefiCoding[];
  noteRefs: string[];
}

export interface RefiTextSource extends Stamped {
  guid: string;
  name: string;
  /** `internal://<file>` (plainTextPath) or null when the text is inline. */
  path: string | null;
  /** The styled version (richTextPath, a .docx); read only to name it when the plain text is missing. */
  richPath: string | null;
  content: string | null;
  /**
   * Other GUIDs the source goes by: those its files are named after (internal://<guid>.txt).
   * QualCoder's cases refer to a source by the GUID of its files, not by the source's own.
   */
  aliases: string[];
  description: string;
  selections: RefiSelection[];
  /** Codings of the whole source, outside any selection. */
  codings: RefiCoding[];
  noteRefs: string[];
  values: RefiValue[];
}

/** A source Kvalkod cannot hold (PDF, picture, audio, video): listed as skipped on import. */
export interface RefiOtherSource {
  kind: string;
  guid: string;
  name: string;
  aliases: string[];
}

export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  values: RefiValue[];
  sourceRefs: string[];
  codeRefs: string[];
  selectionRefs: string[];
}

export interface RefiNote extends Stamped {
  guid: string;
  name: string;
  content: string | null;
  path: string | null;
}

export interface RefiProject {
  name: string;
  origin: string;
  description: string;
  created: string | null;
  modified: string | null;
  creatingUser: string | null;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiTextSource[];
  otherSources: RefiOtherSource[];
  notes: RefiNote[];
  /** Notes about the project as a whole. */
  noteRefs: string[];
}

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
