import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { createUploadStore, type UploadStore } from '../../../electron/web/uploads';

let host: WebHost;
let uploads: UploadStore;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP (not fetch), so that the test can send any Host header it likes. */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (headers: Record<string, string>) =>
  send({
    method: 'POST',
    path: '/api/app.info',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: '{}',
  });
const good = () => ({ Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}` });

beforeAll(async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'kvalkod-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Kvalkod</title>');
  uploads = createUploadStore();
  host = await startWebHost({
    registry: createAppRegistry(),
    ctx: createContext('web', { recent: noRecentStore, uploads }),
    staticDir,
    uploads,
  });
});
afterAll(async () => {
  await host.close();
  uploads.dispose();
});

describe('browser host', () => {
  it('listens on 127.0.0.1 only, on a random port, with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('answers a request with the token', async () => {
    const res = await apiCall(good());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  it.each([
    ['without the token', (h: Record<string, string>) => ({ Host: h.Host ?? '' }), 401],
    [
      'with a wrong token',
      (h: Record<string, string>) => ({ ...h, Authorization: 'Bearer wrong-token' }),
      401,
    ],
    [
      'with a foreign Host header (DNS rebinding)',
      (h: Record<string, string>) => ({ ...h, Host: 'evil.example:80' }),
      421,
    ],
    [
      'from another origin',
      (h: Record<string, string>) => ({ ...h, Origin: 'https://evil.example' }),
      403,
    ],
  ])('refuses a request %s', async (_label, headers, status) => {
    const res = await apiCall(headers(good()));
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('"ok":true');
  });

  it('refuses a token of the same length that differs', async () => {
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('a') ? 'b' : 'a');
    expect((await apiCall({ ...good(), Authorization: `Bearer ${wrong}` })).status).toBe(401);
  });

  it('sends no CORS headers and refuses preflight requests', async () => {
    const res = await send({
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${host.port}`, Origin: 'https://evil.example' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
    const ok = await apiCall(good());
    expect(Object.keys(ok.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
  });

  it('serves the UI with the security headers, refusing a foreign Host there too', async () => {
    const page = await send({ path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(421);
    expect(
      (await send({ path: '/../../etc/passwd', headers: { Host: `localhost:${host.port}` } }))
        .status,
    ).toBe(404);
  });

  it('answers invalid JSON and invalid input with structured errors', async () => {
    const bad = await send({
      method: 'POST',
      path: '/api/project.open',
      headers: { ...good(), 'Content-Type': 'application/json' },
      body: '{nope',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const invalid = await send({
      method: 'POST',
      path: '/api/project.open',
      headers: { ...good(), 'Content-Type': 'application/json' },
      body: '{"path": 3}',
    });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each(['/%ff', '/%E0%A4%A', '/api/%ff', '/documents/%c0%af..'])(
    'answers a malformed address (%s) with 400 and no stack trace',
    async (path) => {
      const res = path.startsWith('/api/')
        ? await send({
            method: 'POST',
            path,
            headers: { ...good(), 'Content-Type': 'application/json' },
            body: '{}',
          })
        : await send({ path, headers: { Host: good().Host } });
      expect(res.status).toBe(400);
      expect(res.body).not.toMatch(/URIError|at /);
    },
  );
});

describe('uploads', () => {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await send({
      method: 'POST',
      path: `/api/${method}`,
      headers: { ...good(), 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = JSON.parse(res.body) as { ok: boolean; value: T; error?: unknown };
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.value;
  };
  const upload = async (name: string, text: string): Promise<string> => {
    const res = await send({
      method: 'POST',
      path: `/upload?name=${encodeURIComponent(name)}`,
      headers: { ...good(), 'Content-Type': 'application/octet-stream' },
      body: text,
    });
    return (JSON.parse(res.body) as { value: { uploadId: string } }).value.uploadId;
  };

  it('are deleted once imported; one only previewed stays until the host stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-web-'));
    await call('project.create', { path: join(dir, 'Uppladdat.kvalkod') });
    const first = await upload('Intervju 1.txt', 'I: Hur började det?\nIP1: Med en fråga.\n');
    const second = await upload('Intervju 2.txt', 'I: Och sedan?\nIP1: Ett svar.\n');
    const stored = () => readdirSync(uploads.dir).sort();
    expect(stored()).toHaveLength(2);

    await call('import.preview', { source: { uploadId: first, name: 'Intervju 1.txt' } });
    expect(stored()).toHaveLength(2);
    const { jobId } = await call<{ jobId: string }>('import.start', {
      sources: [{ uploadId: first, name: 'Intervju 1.txt' }],
      settings: {},
    });
    for (;;) {
      const state = await call<{ status: string }>('jobs.status', { jobId });
      if (state.status === 'done') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(stored()).toHaveLength(1);
    expect(uploads.resolve(first)).toBeNull();
    expect(uploads.resolve(second)).not.toBeNull();
    await call('project.close', {});

    uploads.dispose();
    expect(existsSync(uploads.dir)).toBe(false);
  });
});
