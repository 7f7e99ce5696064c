/**
 * The five seed articles and their ten gold claims, read the one way both the
 * unit spec (exactly the gold, nothing else) and `npm run eval:extract` (the
 * seeds' line) read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedClaim } from './score-cases';

export interface Seed {
  id: string;
  publishedAt: string | null;
  body: string;
}

export type SeedGold = ExpectedClaim & { articleId: string };

export function loadSeeds(root: string): { seeds: Seed[]; gold: SeedGold[] } {
  const manifest = JSON.parse(readFileSync(join(root, 'seeds/manifest.json'), 'utf8')) as Array<{
    id: string;
    publishedAt: string | null;
  }>;
  const seeds = manifest.map((m) => ({
    id: m.id,
    publishedAt: m.publishedAt,
    body: readFileSync(join(root, 'seeds', `${m.id}.txt`), 'utf8'),
  }));
  const gold = readFileSync(join(root, 'tests/fixtures/seeds/gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SeedGold);
  return { seeds, gold };
}
