/**
 * The realistic check: the ten annotated claims of the five seed articles,
 * with the fields the extract stage adds filled in by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Claim, type ClaimRecord, SnapshotSchema, DailyBucketSchema } from '@skytally/contracts';
import { must } from '../test/must';
import { AggregateCore } from './aggregate.core';

const root = join(__dirname, '../../..');
const gold: Claim[] = readFileSync(join(root, 'tests/fixtures/seeds/gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map(
    (l) =>
      ({ eventDate: null, evidence: { text: '', start: 0, end: 0 }, ...(JSON.parse(l) as Partial<Claim>) }) as Claim,
  );
const manifest = JSON.parse(readFileSync(join(root, 'seeds/manifest.json'), 'utf8')) as {
  id: string;
  publishedAt: string | null;
}[];

const INGESTED = '2025-06-01T12:00:00.000Z';

function records(): ClaimRecord[] {
  const ids = gold.map((c) => `${c.articleId}#${c.scope}:${c.regions.join(',') || c.country}:${c.count}:${c.weapon}`);
  const total004 = ids[gold.findIndex((c) => c.articleId.startsWith('004') && c.scope === 'country')];
  return gold.map((c, i) => {
    const published = manifest.find((m) => m.id === c.articleId)?.publishedAt ?? null;
    const publishedAt = published ? `${published}T00:00:00.000Z` : null;
    const isPart = c.articleId.startsWith('004') && c.scope === 'region' && [64, 9, 5].includes(c.count);
    return {
      ...c,
      claimId: must(ids[i]),
      regionKey: c.country,
      publishedAt,
      ingestedAt: INGESTED,
      eventTime: publishedAt ?? INGESTED,
      partOf: isPart ? total004 : null,
    };
  });
}

describe('the seed claims', () => {
  const core = new AggregateCore({ now: () => Date.parse(INGESTED) });
  for (const r of records()) core.apply(r);
  const byKey = new Map(core.snapshots().map((s) => [s.key, s]));

  it('gives the rows the annotations imply', () => {
    const all = (k: string) => byKey.get(k)?.windows.all;
    const shared = (k: string) => byKey.get(k)?.shared.all;
    expect(all('RU-BRY')).toBe(64);
    expect(all('RU-KLU')).toBe(9);
    expect(shared('RU-KLU')).toBe(2);
    expect(all('RU-TVE')).toBe(0);
    expect(shared('RU-TVE')).toBe(2);
    expect(all('RU-SMO')).toBe(5);
    expect(all('RU-MOW')).toBe(12);
    expect(all('RU-MOS')).toBe(1);
    expect(all('RU')).toBe(203);
    expect([...byKey.keys()].sort()).toEqual(['RU', 'RU-BRY', 'RU-KLU', 'RU-MOS', 'RU-MOW', 'RU-SMO', 'RU-TVE']);
  });

  it('never adds the total to its breakdown, and says what the regions leave out', () => {
    const ru = byKey.get('RU')!;
    expect(ru.scope).toBe('country');
    expect(ru.claims).toBe(3);
    expect(ru.sources).toBe(3);
    // 75 and 45 have no breakdown; 83 − (64 + 9 + 5) = 5.
    expect(ru.unattributed).toBe(75 + 45 + 5);
    expect(ru.byClaimant).toEqual({ 'russian defence ministry': 203 });
  });

  it('windows the undated article (004) by its ingest time, the others by publication', () => {
    expect(core.asOf()).toBe('2025-06-01T11:00:00.000Z');
    expect(byKey.get('RU-BRY')!.windows).toEqual({ '24h': 64, '7d': 64, '30d': 64, all: 64 });
    expect(byKey.get('RU-MOW')!.windows).toEqual({ '24h': 1, '7d': 1, '30d': 1, all: 12 });
    expect(byKey.get('RU-MOW')!.byClaimant).toEqual({ 'moscow mayor': 11, 'sergei sobyanin': 1 });
    expect(byKey.get('RU')!.windows['24h']).toBe(83);
  });

  it('emits snapshots and daily buckets that satisfy the contracts', () => {
    for (const s of core.snapshots()) expect(SnapshotSchema.parse(s)).toEqual(s);
    const buckets = core.dailyBuckets();
    for (const b of buckets) expect(DailyBucketSchema.parse(b)).toEqual(b);
    expect(buckets.find((b) => b.key === 'RU|2024-08-09')).toMatchObject({ count: 75, claims: 1, sources: 1 });
    expect(buckets.find((b) => b.key === 'RU-TVE|2023-09-12')).toMatchObject({ count: 0, shared: 2 });
  });
});
