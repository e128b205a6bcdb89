// The start screen's "Import REFI-QDA project" action (being written).
export function RefiImportCard() {
  return null;
}
