// CSV cells that a spreadsheet would run as a formula (CSV injection): a cell that begins with
// = + - @, a tab or a carriage return is written after an apostrophe, as OWASP and the spreadsheet
// makers recommend, so that Excel, LibreOffice and Google Sheets show it as text. A plain number
// ("-3", "34,2") is left as it is: it is a value, not a formula.

/** What a spreadsheet reads as the start of a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}
