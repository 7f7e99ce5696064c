import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireStartLock } from './start-lock';

describe('acquireStartLock', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'skytally-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a second starter wait for the first to release', async () => {
    const release = await acquireStartLock(dir, 5000);
    let second = false;
    const pending = acquireStartLock(dir, 5000).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(second).toBe(false);
    release();
    (await pending)();
    expect(second).toBe(true);
    expect(existsSync(join(dir, 'start.lock'))).toBe(false);
  });

  it('takes over a lock whose owner is dead', async () => {
    writeFileSync(join(dir, 'start.lock'), '999999999\n');
    const release = await acquireStartLock(dir, 1000);
    release();
  });

  it('gives up after the timeout while a live owner holds it', async () => {
    const release = await acquireStartLock(dir, 1000);
    await expect(acquireStartLock(dir, 300)).rejects.toThrow(/is starting the broker/);
    release();
  });
});
