// The browser host's uploads leave nothing behind: deleted when the host stops (SIGTERM, as Ctrl+C
// or the e2e fixture stop it), and a folder left by a host that was killed is removed at the next
// start. (Deleted once imported: web-host.test.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUploadStore } from '../../../electron/web/uploads';
import { HOST, NODE } from '../../integration/built';

describe('upload store', () => {
  it("removes a killed host's folder at the next start, never a running host's", () => {
    const root = mkdtempSync(join(tmpdir(), 'kvalkod-uploads-root-'));
    const dead = spawnSync('true').pid;
    const orphan = join(root, `kvalkod-uploads-${dead}-abc`);
    const running = join(root, `kvalkod-uploads-${process.ppid}-def`);
    for (const dir of [orphan, running]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'x.txt'), 'intervju');
    }
    const store = createUploadStore(root);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(running)).toBe(true);
    store.release(store.save('Intervju.txt', Buffer.from('I: Hej')));
    expect(readdirSync(store.dir)).toEqual([]);
    store.dispose();
    expect(readdirSync(root)).toEqual([`kvalkod-uploads-${process.ppid}-def`]);
  });

  it('deletes the uploads when the host stops', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kvalkod-uploads-host-'));
    const child = spawn(NODE, [HOST, '--web'], {
      env: { ...process.env, TMPDIR: root, KVALKOD_CONFIG_DIR: join(root, 'config') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [, port, token] = await new Promise<RegExpExecArray>((resolve, reject) => {
      let out = '';
      child.once('exit', () => reject(new Error(`the host did not start: ${out}`)));
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/.exec(out);
        if (m) resolve(m);
      });
    });
    const res = await fetch(`http://127.0.0.1:${port}/upload?name=Intervju.txt`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: 'I: Hur började det?',
    });
    expect(res.status).toBe(200);
    const uploadDirs = () => readdirSync(root).filter((n) => n.startsWith('kvalkod-uploads-'));
    expect(uploadDirs()).toHaveLength(1);
    expect(readdirSync(join(root, uploadDirs()[0] ?? ''))).toHaveLength(1);

    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(uploadDirs()).toEqual([]);
  }, 60_000);
});
