import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, skytallyHome } from './repo-root';

describe('repoRoot', () => {
  it('is the folder of skytally package.json, from the sources', () => {
    expect(repoRoot()).toBe(resolve(__dirname, '..', '..', '..'));
  });

  it("walks past another package's package.json to skytally's", () => {
    const top = mkdtempSync(join(tmpdir(), 'skytally-root-'));
    try {
      writeFileSync(join(top, 'package.json'), JSON.stringify({ name: 'skytally' }));
      const nested = join(top, 'node_modules', 'other', 'lib');
      mkdirSync(nested, { recursive: true });
      writeFileSync(join(top, 'node_modules', 'other', 'package.json'), JSON.stringify({ name: 'other' }));
      expect(repoRoot(nested)).toBe(top);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('says where it looked when there is no skytally above', () => {
    const lone = mkdtempSync(join(tmpdir(), 'skytally-none-'));
    try {
      expect(() => repoRoot(lone)).toThrow(/cannot find the skytally project root/);
    } finally {
      rmSync(lone, { recursive: true, force: true });
    }
  });
});

describe('skytallyHome', () => {
  it('is SKYTALLY_HOME when set, else <repo>/.skytally', () => {
    expect(skytallyHome({ SKYTALLY_HOME: 'rel/home' })).toBe(resolve('rel/home'));
    expect(skytallyHome({})).toBe(join(repoRoot(), '.skytally'));
  });
});
