// Why a REFI-QDA file (.qdpx, .qdc) cannot be read: one code, refi_unreadable {file, reason, and
// what the reason names}, worded from refi.unreadable.<reason> in renderer/i18n/parts/refi.ts.
export const REFI_ERROR_CODES = ['refi_unreadable'] as const;

export type RefiUnreadable =
  | 'too_big_unpacked' // a zip bomb
  | 'part_bigger_than_header'
  | 'damaged_zip'
  | 'not_zip'
  | 'too_many_files' // {count, max}
  | 'part_too_big' // {part}
  | 'no_qde'
  | 'doctype'
  | 'not_xml' // {detail}
  | 'not_refi_project'
  | 'not_refi_codebook';
