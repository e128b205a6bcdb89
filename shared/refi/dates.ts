// Dates at the REFI-QDA boundary. The schemas type every creationDateTime and modifiedDateTime as
// xsd:dateTime; other tools do not always write one ("2018-03-27T19:29", "...+0100"), and a date
// read from such a file must not make Kvalkod's own export invalid.

const XSD_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|[+-](\d{2}):(\d{2}))?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True when `value` is an xsd:dateTime (XML Schema 1.0: years 0001-9999 here, 24:00:00 allowed). */
export function isXsdDateTime(value: string): boolean {
  const m = XSD_DATE_TIME.exec(value);
  if (!m) return false;
  const n = (i: number) => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  const [zoneHour, zoneMinute] = [n(8), n(9)];
  const midnight = minute === 0 && second === 0 && Number(`0.${m[7] ?? '0'}`) === 0;
  return (
    year > 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    (hour < 24 || (hour === 24 && midnight)) &&
    minute < 60 &&
    second < 60 &&
    (zoneHour < 14 || (zoneHour === 14 && zoneMinute === 0)) &&
    zoneMinute < 60
  );
}

/**
 * A date of a file as Kvalkod keeps it: an xsd:dateTime as written; otherwise what JavaScript can
 * read of it, in UTC ("2018-03-27T19:29" -> "2018-03-27T19:29:00.000Z"); otherwise null (unknown).
 */
export function readDateTime(raw: string): string | null {
  const value = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  if (isXsdDateTime(value)) return value;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** The value to write as an xsd:dateTime attribute, or null (left out) when it is not one. */
export function writtenDateTime(value: string | null): string | null {
  return value !== null && isXsdDateTime(value) ? value : null;
}
