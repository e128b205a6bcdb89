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

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  registry: Registry;
  ctx: Context;
  staticDir: string;
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
    const path = new URL(req.url ?? '/', 'http://x').pathname;
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
    sendJson(
      res,
      200,
      await options.registry.dispatch(decodeURIComponent(method), input, options.ctx),
    );
  }

  async function serveStatic(res: ServerResponse, path: string) {
    const parts = decodeURIComponent(path).split('/').filter(Boolean);
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('The request is too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
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
