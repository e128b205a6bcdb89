// Which project file a launch of the desktop app names on its command line (a double-click on a
// .kvalkod file, `kvalkod-app Studie.kvalkod`, or a second launch handed to the first).
import { isAbsolute, resolve } from 'node:path';

/** The last argument that names a .kvalkod file, made absolute against the launch's folder. */
export function projectPathInArgs(args: readonly string[], cwd: string): string | null {
  const named = args.filter((a) => !a.startsWith('-') && /\.kvalkod$/i.test(a.trim())).at(-1);
  if (!named) return null;
  const path = named.trim();
  return isAbsolute(path) ? path : resolve(cwd, path);
}
