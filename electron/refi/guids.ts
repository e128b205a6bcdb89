// GUIDs that Kvalkod does not store but must keep across exports: a Coding is one code on one
// passage, so its GUID is derived from the two (a name-based UUID, RFC 9562 version 5 layout).
import { createHash } from 'node:crypto';

export function derivedGuid(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000'), 'utf8').digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(18, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
