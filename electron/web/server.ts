// The browser host: the same UI and the same handler registry as the desktop window, served over
// HTTP on 127.0.0.1 only, with a random token per run required on every API call.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contentType } from '../../shared/mime';
import { SECURITY_HEADERS } from '../shell/security';
import type { Context } from '../handlers/context';
import type { Registry } from '../handlers/registry';
import { judgeRequest } from './guard';
import type { UploadStore } from './uploads';

const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Matches the importer's own file-size limit, so a too-large file gets the importer's message. */
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  registry: Registry;
  ctx: Context;
  staticDir: string;
  uploads?: UploadStore;
  /** 0 (default) picks a random free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  port: number;
  token: string;
  /** The address to open: the token travels in the fragment, which is never sent to any server. */
  url: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.ctx.log.error(err);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error.');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = decodedPath(req.url);
    // A malformed address (a stray %ff, a cut-off escape) is the client's mistake, not ours.
    if (path === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request.');
    const verdict = judgeRequest(
      {
        method: req.method ?? 'GET',
        path,
        host: req.headers.host,
        origin: req.headers.origin,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
      },
      port,
      token,
    );
    if (!verdict.ok) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.message);
    if (path.startsWith('/api/')) return api(req, res, path.slice('/api/'.length));
    if (path === '/upload') return upload(req, res);
    return serveStatic(res, path);
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string) {
    let input: unknown;
    try {
      input = JSON.parse((await readBody(req)) || '{}');
    } catch (err) {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: (err as Error).message },
      });
    }
    sendJson(res, 200, await options.registry.dispatch(method, input, options.ctx));
  }

  /** POST /upload?name=<file name>, raw bytes: a file the page's file chooser or drop gave it. */
  async function upload(req: IncomingMessage, res: ServerResponse) {
    const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name')?.slice(0, 255) ?? '';
    if (!options.uploads || name.trim() === '') {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'An upload needs a file name.' },
      });
    }
    let bytes: Buffer;
    try {
      bytes = await readBytes(req, MAX_UPLOAD_BYTES);
    } catch (err) {
      return sendJson(res, 413, {
        ok: false,
        error: { code: 'invalid_input', message: `${name}: ${(err as Error).message}` },
      });
    }
    sendJson(res, 200, { ok: true, value: { uploadId: options.uploads.save(name, bytes), name } });
  }

  async function serveStatic(res: ServerResponse, path: string) {
    const parts = path.split('/').filter(Boolean);
    if (parts.some((p) => p === '..' || p.includes('\\') || p.includes('\0')))
      return send(res, 404, 'text/plain', 'Not found');
    const file = join(options.staticDir, ...(parts.length ? parts : ['index.html']));
    try {
      send(res, 200, contentType(file), await readFile(file));
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The request's path with its escapes decoded once, or null when it cannot be decoded. */
function decodedPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBytes(req, MAX_BODY_BYTES)).toString('utf8');
}

function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new Error(`larger than ${Math.round(limit / 1024 / 1024)} MB, too large to import.`),
        );
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  // No Access-Control-* headers, ever: other origins get no way to read a response.
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
