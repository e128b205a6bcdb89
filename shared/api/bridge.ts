// The object the desktop preload exposes as `window.kvalkod`. The renderer's API client uses it
// when present and falls back to the browser host's HTTP transport otherwise.
import type { CallResult } from './errors';

export interface KvalkodBridge {
  host: 'electron';
  call(method: string, input: unknown): Promise<CallResult<unknown>>;
  /** The path of a file dropped on or chosen in the window (Electron's webUtils). */
  pathForFile(file: File): string;
}
