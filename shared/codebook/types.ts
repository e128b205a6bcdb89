// Domain types of the codebook, shared by every side. Database rows are mapped to these in db/.

/** The template's three top-level groups; a code's group is the kind of its top-level ancestor. */
export const CODE_GROUPS = ['areas', 'assessments', 'themes'] as const;
export type CodeGroupKind = (typeof CODE_GROUPS)[number];

/** The Swedish group names that the CLI and exchange formats print (contract of `codes --json`). */
export const GROUP_LABELS: Record<CodeGroupKind, string> = {
  areas: 'Områden',
  assessments: 'Bedömning',
  themes: 'Teman',
};

export interface Code {
  id: number;
  parentId: number | null;
  name: string;
  /** An area's number in the action plan (1-14); part of the code's identity, kept through renames. */
  number: number | null;
  group: CodeGroupKind | null;
  color: string;
  description: string;
  whenToUse?: string;
  whenNotToUse?: string;
  example?: string;
  shortcut: string | null;
  codable: boolean;
  sortOrder: number;
}
