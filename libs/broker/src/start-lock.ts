import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './broker-process.guard';

const LOCK_FILE = 'start.lock';

/**
 * Serialises starts on one state dir (two `skytally broker start`, or a CLI start racing a test
 * run), so they cannot both format the data dir or launch two JVMs. The lock is a file holding the
 * owner's pid, created exclusively; a lock whose owner died is taken over. Returns the release.
 */
export async function acquireStartLock(stateDir: string, timeoutMs: number): Promise<() => void> {
  const file = join(stateDir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner: number;
    try {
      owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      continue; // released between our attempt and the read
    }
    if (!Number.isInteger(owner) || !isProcessAlive(owner)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline)
      throw new Error(`another process (pid ${owner}) is starting the broker in ${stateDir} (${file})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
