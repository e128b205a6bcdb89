// File names made from titles, for files Kvalkod hands over (exports from the Node side, charts
// saved in the window): no characters Windows or macOS refuse, no leading or trailing dots.
import { xmlSafe } from '../xml-text';

export function fileNameFrom(title: string, extension: string, fallback = 'Kvalkod'): string {
  const base = xmlSafe(title)
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${base || fallback}.${extension}`;
}
