// What merging a coder's copy of the project did. The CLI prints this shape (a contract) with the
// warnings worded in English; the window words them in its language.

export interface MergeWarning {
  code:
    | 'differingDocument'
    | 'addedDiffering'
    | 'codeRenamed'
    | 'alreadyMerged'
    | 'segmentOutOfRange'
    | 'uncodedSegment';
  params: Record<string, string | number>;
}

export interface MergeReport {
  documents: { matched: number; added: number; differing: string[] };
  codes: { matched: number; added: number };
  segments: { added: number; skipped: number };
  memos: { added: number };
  coders: string[];
  warnings: MergeWarning[];
}
