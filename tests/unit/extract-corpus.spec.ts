/**
 * The extraction corpus drawn from real news (tests/fixtures/extract/real) is the measure of issue 11,
 * so its files are checked like code: a passage that breaks the format or the split rules would
 * silently change what eval:extract reports. What the README promises, checked on every file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QUALIFIERS, WEAPONS } from '@skytally/contracts';
import { isKnownCountry, isKnownRegion } from '@skytally/gazetteer';

const ROOT = join(__dirname, '../fixtures/extract/real');
const SPLITS = ['dev', 'test'] as const;

interface Place {
  scope: 'region' | 'country';
  regions: string[];
  country: string;
}
interface Gold extends Place {
  count: number;
  qualifier: string;
  weapon: string;
  evidence: string;
  alt?: Place[];
  optional?: boolean;
}
interface Passage {
  file: string;
  id: string;
  split: string;
  source: { url: string; outlet: string; publishedAt: string; lang: string };
  publishedAt: string | null;
  body: string;
  negative: boolean;
  gold: Gold[];
}

const passages: Passage[] = SPLITS.flatMap((split) =>
  readdirSync(join(ROOT, split))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ ...(JSON.parse(readFileSync(join(ROOT, split, f), 'utf8')) as Passage), file: `${split}/${f}` })),
);

const host = (url: string): string => new URL(url).hostname.replace(/^(www|m|amp|en)\./, '');

/** Problems of one place (a gold claim's own, or one of its `alt`s). */
function placeProblems(p: Place): string[] {
  const out: string[] = [];
  if (!isKnownCountry(p.country)) out.push(`unknown country ${p.country}`);
  if (p.scope === 'country' && p.regions.length) out.push('country scope with regions');
  if (p.scope === 'region' && !p.regions.length) out.push('region scope without regions');
  for (const r of p.regions) if (!isKnownRegion(r)) out.push(`unknown region ${r}`);
  if (p.regions.join() !== [...p.regions].sort().join()) out.push(`regions not sorted: ${p.regions.join()}`);
  return out;
}

function passageProblems(p: Passage): string[] {
  const out: string[] = [];
  if (!p.file.startsWith(`${p.split}/${p.id}-`)) out.push(`file name or folder does not match id ${p.id} / ${p.split}`);
  if (!p.body.trim()) out.push('empty body');
  // A negative has no gold at all; a passage whose only gold is optional is not a negative (predicting it is no error).
  if (p.negative !== (p.gold.length === 0)) out.push('negative disagrees with gold');
  if (!/^https?:\/\//.test(p.source.url)) out.push(`source url ${p.source.url}`);
  for (const g of p.gold) {
    const what = `gold ${g.count} ${g.weapon}`;
    if (!Number.isInteger(g.count) || g.count < 1) out.push(`${what}: count`);
    if (!(QUALIFIERS as readonly string[]).includes(g.qualifier)) out.push(`${what}: qualifier ${g.qualifier}`);
    if (!(WEAPONS as readonly string[]).includes(g.weapon)) out.push(`${what}: weapon`);
    if (!g.evidence || !p.body.includes(g.evidence)) out.push(`${what}: evidence is not a passage of the body`);
    for (const problem of [g, ...(g.alt ?? [])].flatMap(placeProblems)) out.push(`${what}: ${problem}`);
  }
  return out;
}

describe('the extraction corpus drawn from real news', () => {
  it('has passages in both splits', () => {
    for (const split of SPLITS) expect(passages.filter((p) => p.split === split).length).toBeGreaterThan(100);
  });

  it('every passage follows the format: ids, evidence verbatim, known places, valid enums', () => {
    const problems = passages.flatMap((p) => passageProblems(p).map((m) => `${p.file}: ${m}`));
    expect(problems).toEqual([]);
  });

  it('ids are unique', () => {
    const seen = new Map<string, string>();
    const twice = passages.filter((p) => seen.has(p.id) || !seen.set(p.id, p.file));
    expect(twice.map((p) => p.file)).toEqual([]);
  });

  it('no source host is in both splits (the split is by host, so test stays unseen)', () => {
    const hostsOf = (split: string) =>
      new Set(passages.filter((p) => p.split === split).map((p) => host(p.source.url)));
    const dev = hostsOf('dev');
    expect([...hostsOf('test')].filter((h) => dev.has(h))).toEqual([]);
  });

  it('every passage is in the split its host hashes to (sha256 of the host without "www.", first byte < 0x66: test)', () => {
    // (yx020's amp.fakty.ua hashes to dev, but the host check above reads it as fakty.ua, whose passages are in test: it
    // stays with them; session 52)
    const kept = new Set(['yx020']);
    const hashed = (url: string): string =>
      createHash('sha256')
        .update(new URL(url).hostname.replace(/^www\./, ''))
        .digest()[0]! < 0x66
        ? 'test'
        : 'dev';
    const astray = passages.filter((p) => !kept.has(p.id) && hashed(p.source.url) !== p.split);
    expect(astray.map((p) => p.file)).toEqual([]);
  });

  it('no source article is used twice', () => {
    const byUrl = new Map<string, string[]>();
    for (const p of passages) byUrl.set(p.source.url, [...(byUrl.get(p.source.url) ?? []), p.id]);
    expect([...byUrl.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });
});

describe('the blind second annotation of a sample (second-annotation/)', () => {
  const dir = join(ROOT, 'second-annotation');
  const seconds = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; gold: Gold[] }) }));
  const byId = new Map(passages.map((p) => [p.id, p]));

  it('annotates passages of the corpus in the gold format, evidence verbatim', () => {
    expect(seconds.length).toBeGreaterThan(50);
    const problems = seconds.flatMap((s) => {
      const p = byId.get(s.id);
      if (!p || s.file !== `${s.id}.json`) return [`${s.file}: no corpus passage ${s.id}`];
      return passageProblems({ ...p, gold: s.gold, negative: s.gold.length === 0 }).map((m) => `${s.file}: ${m}`);
    });
    expect(problems).toEqual([]);
  });
});
