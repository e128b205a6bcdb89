import { describe, expect, it } from 'vitest';
import { PendingSaves } from '../../../renderer/store/pending-saves';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('PendingSaves', () => {
  it('hands out negative ids, each once', () => {
    const pending = new PendingSaves();
    expect([pending.nextId(), pending.nextId(), pending.nextId()]).toEqual([-1, -2, -3]);
  });

  it("gives a provisional passage's saved id once its save is answered", async () => {
    const pending = new PendingSaves();
    const save = deferred<number | null>();
    const tracked = pending.track(-1, save.promise);
    const asked = pending.savedId(-1);
    let answered = false;
    void asked.then(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
    save.resolve(42);
    expect(await asked).toBe(42);
    expect(await tracked).toBe(42);
    // Settled saves are forgotten: the id is no longer known.
    expect(await pending.savedId(-1)).toBeNull();
  });

  it('gives null for a failed save and a saved id as it is', async () => {
    const pending = new PendingSaves();
    void pending.track(-1, Promise.resolve(null));
    expect(await pending.savedId(-1)).toBeNull();
    expect(await pending.savedId(7)).toBe(7);
  });

  it('settles when every save under way has been answered', async () => {
    const pending = new PendingSaves();
    const a = deferred<number | null>();
    const b = deferred<number | null>();
    void pending.track(-1, a.promise);
    void pending.track(-2, b.promise);
    let settled = false;
    void pending.settled().then(() => (settled = true));
    a.resolve(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    b.resolve(null);
    await pending.settled();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
