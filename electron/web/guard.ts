// The browser host's gatekeeping, as pure functions: transcripts are sensitive, so other local
// processes and web pages (DNS rebinding, cross-site requests) must not reach the API.
import { timingSafeEqual } from 'node:crypto';

export interface RequestFacts {
  method: string;
  path: string;
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
}

export type Verdict = { ok: true } | { ok: false; status: number; message: string };

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks every request: Host always; for the API and uploads also Origin, token and content type. */
export function judgeRequest(req: RequestFacts, port: number, token: string): Verdict {
  const hosts = allowedHosts(port);
  if (!req.host || !hosts.includes(req.host.toLowerCase())) {
    return { ok: false, status: 421, message: 'Refused: unexpected Host header.' };
  }
  const upload = req.path === '/upload';
  if (!req.path.startsWith('/api/') && !upload) {
    return req.method === 'GET' || req.method === 'HEAD'
      ? { ok: true }
      : { ok: false, status: 405, message: 'Method not allowed.' };
  }
  if (req.origin !== undefined && !hosts.some((h) => req.origin === `http://${h}`)) {
    return { ok: false, status: 403, message: 'Refused: request from another origin.' };
  }
  if (req.method !== 'POST') return { ok: false, status: 405, message: 'Method not allowed.' };
  const match = /^Bearer (\S+)$/.exec(req.authorization ?? '');
  if (!match?.[1] || !tokenMatches(match[1], token)) {
    return {
      ok: false,
      status: 401,
      message: 'Refused: missing or wrong access token. Open the address Kvalkod printed.',
    };
  }
  const expected = upload ? 'application/octet-stream' : 'application/json';
  if (!req.contentType?.toLowerCase().startsWith(expected)) {
    return {
      ok: false,
      status: 415,
      message: upload
        ? 'Uploads must be sent as application/octet-stream.'
        : 'Requests must be JSON.',
    };
  }
  return { ok: true };
}
