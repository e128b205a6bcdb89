// The file formats a list or table can be exported to. Kept apart from the contract (which needs
// zod) so that the window can list them without shipping the schema library.
export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
