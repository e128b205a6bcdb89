// The renderer's only door to the Node side: typed calls from the shared contract, over the
// desktop preload when present, else over the browser host's HTTP API with the run's token.
import type { Input, Method, Output } from '../../shared/api/contract';
import type { KvalkodBridge } from '../../shared/api/bridge';
import { isApiErrorShape, type ApiErrorShape, type CallResult } from '../../shared/api/errors';

declare global {
  interface Window {
    kvalkod?: KvalkodBridge;
  }
}

export class ApiCallError extends Error {
  readonly code: ApiErrorShape['code'];
  readonly params: Record<string, string | number>;
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.params = shape.params ?? {};
  }
}

const TOKEN_KEY = 'kvalkod.token';

/** Takes the token from the address fragment once, then keeps it for reloads of this tab. */
function browserToken(): string {
  const match = /token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall(method: string, input: unknown): Promise<CallResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${browserToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Kvalkod is not running any more.' } };
  }
  if (res.status === 401 || res.status === 403 || res.status === 421) {
    return { ok: false, error: { code: 'access_denied', message: await res.text() } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (typeof body === 'object' && body !== null && 'ok' in body) return body as CallResult<unknown>;
  return { ok: false, error: { code: 'internal', message: `Unexpected answer (${res.status}).` } };
}

export const host: 'electron' | 'web' = window.kvalkod ? 'electron' : 'web';

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = window.kvalkod
    ? await window.kvalkod.call(method, input)
    : await httpCall(method, input);
  if (result.ok) return result.value as Output<M>;
  throw new ApiCallError(
    isApiErrorShape(result.error) ? result.error : { code: 'internal', message: 'Unknown error.' },
  );
}

export const api = { call };

export type Source = { path: string } | { uploadId: string; name: string };

/**
 * Turns files the user chose or dropped into import sources: their paths in the desktop app, an
 * upload to the host in the browser (which never sees paths). Reports progress per file.
 */
export async function filesToSources(
  files: File[],
  onProgress?: (done: number, name: string) => void,
): Promise<Source[]> {
  const bridge = window.kvalkod;
  if (bridge) return files.map((f) => ({ path: bridge.pathForFile(f) }));
  const sources: Source[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.(i, file.name);
    const res = await fetch(
      `./upload?name=${encodeURIComponent(file.webkitRelativePath || file.name)}`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${browserToken()}`,
          'Content-Type': 'application/octet-stream',
        },
        body: file,
      },
    );
    const body = (await res.json().catch(() => null)) as CallResult<{
      uploadId: string;
      name: string;
    }> | null;
    if (!body)
      throw new ApiCallError({ code: 'internal', message: `Unexpected answer (${res.status}).` });
    if (!body.ok) throw new ApiCallError(body.error);
    sources.push({ uploadId: body.value.uploadId, name: file.name });
  }
  return sources;
}
