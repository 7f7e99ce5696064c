import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DedupIndexEntrySchema } from '@skytally/contracts';
import { DedupCore } from './dedup.core';
import type { DedupDecision, IndexChange } from './dedup.types';
import { testArticle } from '../test/test-articles';

interface Case {
  name: string;
  a: { body: string; title?: string };
  b: { body: string; title?: string };
  expect: 'duplicate' | 'unique';
  kind?: 'exact' | 'near';
}
const cases = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'dedup', 'dedup.cases.json'), 'utf8'),
) as Case[];
/** The first item of a list the test expects to be non-empty. */
function first<T>(xs: readonly T[]): T {
  const x = xs[0];
  if (x === undefined) throw new Error('expected a non-empty list');
  return x;
}
const base = first(cases).a.body;
const paras = base.split('\n\n');

const day = (d: number) => new Date(Date.UTC(2025, 5, 1) + d * 86_400_000).toISOString();

describe('DedupCore', () => {
  it('never takes a report that counts weapons for a copy of a text that counts none, in either order', () => {
    // Two texts that share a boilerplate sentence: a short one about something else, mostly that
    // sentence, and a report whose count is its own (the chaos run's seed 2 dropped such a report).
    const notice =
      'The council set aside 310 million for bridges on May 4. No one was hurt and rescue crews were at the scene.';
    const report =
      'The defence ministry said 27 drones were shot down over the Bryansk region on May 4. The strikes came as ' +
      'fighting went on along the front. No one was hurt and rescue crews were at the scene. The claims could not ' +
      'be checked independently.';
    for (const [first, second] of [
      [notice, report],
      [report, notice],
    ]) {
      const core = new DedupCore();
      expect(core.decide(testArticle('a', first!)).verdict).toBe('unique');
      const d = core.decide(testArticle('b', second!, { ingestedAt: day(0) }));
      expect(d).toMatchObject({ verdict: 'unique' });
    }
  });

  it('explain() reports the stages decide() goes through, and changes nothing', () => {
    const core = new DedupCore();
    core.decide(testArticle('a', base));
    const cut = testArticle('b', paras.slice(0, 2).join('\n\n'), { ingestedAt: day(0) });
    const before = { size: core.size(), stats: core.stats() };
    const seen = core.explain(cut);
    expect({ size: core.size(), stats: core.stats() }).toEqual(before);
    const a = first(seen.filter((c) => c.articleId === 'a'));
    expect(a.inTime).toBe(true);
    expect(a.guard).toBeNull();
    expect(a.foundBy.length).toBeGreaterThan(0);
    const d = core.decide(cut);
    expect(d.verdict).toBe('duplicate');
    if (d.verdict === 'duplicate') expect(a.rule).toBe(d.rule);
    // an article is never its own candidate
    expect(core.explain(testArticle('a', base)).some((c) => c.articleId === 'a')).toBe(false);
  });

  describe.each(cases)('$name', (c) => {
    it(`is ${c.expect}${c.kind ? ` (${c.kind})` : ''}`, () => {
      const core = new DedupCore();
      expect(core.decide(testArticle('a', c.a.body, { title: c.a.title })).verdict).toBe('unique');
      const d = core.decide(testArticle('b', c.b.body, { title: c.b.title, ingestedAt: day(3) }));
      expect(d.verdict).toBe(c.expect);
      if (d.verdict === 'duplicate') {
        expect(d.duplicateOf).toBe('a');
        expect(d.kind).toBe(c.kind);
        expect(d.similarity).toBeGreaterThan(0.5);
        // a copy that brings text of its own is indexed too, as a copy of the original
        for (const change of d.changes) expect(change).toMatchObject({ articleId: 'b', entry: { of: 'a' } });
      }
    });
  });

  it('names the original, not an earlier copy, and only indexes originals', () => {
    const core = new DedupCore();
    core.decide(testArticle('orig', base));
    const copy1 = core.decide(testArticle('copy1', `LONDON (Wire) - ${base}`));
    const copy2 = core.decide(testArticle('copy2', `${base}\n\nAll rights reserved.`));
    expect(copy1).toMatchObject({ verdict: 'duplicate', duplicateOf: 'orig' });
    expect(copy2).toMatchObject({ verdict: 'duplicate', duplicateOf: 'orig' });
    expect(core.size()).toBe(1);
  });

  it('returns the new entry as a change, valid against the contract and keyed by articleId', () => {
    const core = new DedupCore();
    const d = core.decide(testArticle('a', base));
    expect(d.verdict).toBe('unique');
    expect(d.changes).toHaveLength(1);
    expect(first(d.changes).articleId).toBe('a');
    const entry = DedupIndexEntrySchema.parse(first(d.changes).entry);
    expect(JSON.stringify(entry).length).toBeLessThan(400);
    expect(entry.time).toBe(Date.parse('2025-06-03T06:00:00.000Z'));
  });

  it('never compares articles further apart than the horizon (event time), whichever arrives first', () => {
    for (const [arrivesFirst, arrivesSecond] of [
      ['old', 'new'],
      ['new', 'old'],
    ] as const) {
      const core = new DedupCore({ horizonDays: 30 });
      const at = {
        old: { publishedAt: null, ingestedAt: day(0) },
        new: { publishedAt: null, ingestedAt: day(31) },
      } as const;
      expect(core.decide(testArticle(arrivesFirst, base, at[arrivesFirst])).verdict).toBe('unique');
      expect(core.decide(testArticle(arrivesSecond, base, at[arrivesSecond]))).toMatchObject({
        verdict: 'unique',
        rule: 'guard-time',
      });
      expect(core.size()).toBe(2);
    }
  });

  it('indexes a backfilled article older than everything indexed, so its copies are caught', () => {
    const core = new DedupCore({ horizonDays: 30 });
    core.decide(testArticle('today', base.replace('nine', 'fourteen'), { publishedAt: day(60) }));
    const old = core.decide(testArticle('backfill', base, { publishedAt: day(0), ingestedAt: day(60) }));
    expect(old).toMatchObject({ verdict: 'unique' });
    expect(old.changes.map((c) => c.articleId)).toEqual(['backfill']);
    expect(
      core.decide(
        testArticle('backfill-copy', `LONDON (Wire) - ${base}`, { publishedAt: day(0.1), ingestedAt: day(60) }),
      ),
    ).toMatchObject({
      verdict: 'duplicate',
      duplicateOf: 'backfill',
    });
  });

  it('when full, evicts the oldest entries by event time (not by arrival) and emits tombstones for them', () => {
    const core = new DedupCore({ maxEntries: 2 });
    core.decide(testArticle('mid', base, { publishedAt: day(5) }));
    core.decide(testArticle('old', base.replace('nine', 'ten'), { publishedAt: day(1) }));
    const d = core.decide(testArticle('new', base.replace('nine', 'eleven'), { publishedAt: day(9) }));
    expect(d.changes.map((c) => [c.articleId, c.entry === null])).toEqual([
      ['old', true],
      ['new', false],
    ]);
    expect(core.size()).toBe(2);
    expect(core.stats().evicted).toBe(1);
  });

  it('keeps memory flat on an endless stream', () => {
    const core = new DedupCore({ maxEntries: 48 });
    for (let i = 0; i < 400; i++) {
      const body = `Report ${i}: ${base.replace('nine', String(i))} Sequence ${i * 7919}.`;
      core.decide(
        testArticle(`a${i}`, body, { publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString() }),
      );
    }
    expect(core.size()).toBeLessThanOrEqual(48);
    expect(core.stats().evicted).toBeGreaterThan(300);
  });

  it('redelivery of an indexed article is unique again, with no changes', () => {
    const core = new DedupCore();
    expect(core.decide(testArticle('a', base)).verdict).toBe('unique');
    expect(core.decide(testArticle('a', base))).toEqual({ verdict: 'unique', rule: 'redelivered', changes: [] });
    // and a redelivered duplicate is the same duplicate again
    const copy = testArticle('b', `${base}\n\nSubscribe to our newsletter.`);
    const first = core.decide(copy);
    expect(core.decide(copy)).toEqual(first);
    expect(core.size()).toBe(1);
  });

  it('an article redelivered with new content replaces its entry', () => {
    const core = new DedupCore();
    core.decide(testArticle('a', base));
    const corrected = base.replace('nine Ukrainian drones', 'ten Ukrainian drones');
    const d = core.decide(testArticle('a', corrected));
    expect(d.verdict).toBe('unique');
    expect(d.changes.map((c) => c.entry === null)).toEqual([true, false]);
    expect(core.size()).toBe(1);
    expect(core.decide(testArticle('copy', `${corrected}\n\nMore at our site.`))).toMatchObject({ duplicateOf: 'a' });
  });

  it('an index restored from the changes decides exactly as the original', () => {
    const bodies = [
      base,
      `MOSCOW (Wire) - ${base}`,
      base.replace('nine', 'twelve'),
      base.replace('Bryansk region', 'Oryol region'),
      [paras[0], paras[2], paras[1], paras[3]].join('\n\n'),
      base.replace('Tuesday', 'Friday'),
      `${base.replace('nine', 'twelve')}\n\nRead more.`,
    ];
    const articles = bodies.map((b, i) => testArticle(`x${i}`, b, { publishedAt: day(i * 8) }));
    const live = new DedupCore({ horizonDays: 20 });
    const log: IndexChange[] = [];
    const liveDecisions: DedupDecision[] = [];
    for (const a of articles.slice(0, 4)) {
      const d = live.decide(a);
      log.push(...d.changes);
      liveDecisions.push(d);
    }
    // replay the log through JSON, as it would come back from Kafka
    const restored = new DedupCore({ horizonDays: 20 });
    for (const c of JSON.parse(JSON.stringify(log)) as IndexChange[]) expect(restored.restore(c)).toBe(true);
    expect(restored.size()).toBe(live.size());
    for (const a of articles.slice(4)) expect(restored.decide(a)).toEqual(live.decide(a));
    // and restoring also recognises the already-indexed articles as redeliveries
    expect(restored.decide(first(articles)).verdict).toBe(live.decide(first(articles)).verdict);
  });

  it('a restored index keeps sentence anchors, shingle counts and indexed copies (with their original)', () => {
    const lede = paras[0];
    const cut = `${lede}\n\n${paras[1]}`; // a short cut, indexed first
    const full = [
      `KYIV (Wire) - ${lede}`,
      ...paras.slice(1),
      'A new closing paragraph that only the full text carries, with 4 figures of its own.',
    ].join('\n\n');
    const live = new DedupCore();
    const log: IndexChange[] = [];
    for (const a of [testArticle('cut', cut), testArticle('full', full)]) log.push(...live.decide(a).changes);
    // the full text is a copy of the cut that brings text of its own: indexed, naming the cut
    expect(log.map((c) => [c.articleId, c.entry?.of ?? null])).toEqual([
      ['cut', null],
      ['full', 'cut'],
    ]);
    for (const c of log) DedupIndexEntrySchema.parse(JSON.parse(JSON.stringify(c.entry)));
    const restored = new DedupCore();
    for (const c of JSON.parse(JSON.stringify(log)) as IndexChange[]) expect(restored.restore(c)).toBe(true);
    // a redelivered indexed copy is the same copy again, with no changes
    expect(live.decide(testArticle('full', full))).toMatchObject({
      verdict: 'duplicate',
      duplicateOf: 'cut',
      changes: [],
    });
    const probes = [
      testArticle('p1', `${paras[2]}\n\n${paras[3]}`),
      testArticle('p2', full.replace('KYIV (Wire) - ', '')),
      testArticle('full', full),
    ];
    for (const p of probes) expect(restored.decide(p)).toEqual(live.decide(p));
  });

  describe('the facts rule with sentence alignment (re-translations)', () => {
    const original =
      'The air defence forces shot down 41 drones over the Belgorod region and 12 over the Kursk region overnight, ' +
      'the ministry of defence said on Tuesday.\n\nGovernor Gladkov wrote that debris damaged two houses in ' +
      'Shebekino, and nobody was hurt.\n\nAnother 7 drones were downed over the Voronezh region, the regional ' +
      'governor Gusev reported.';
    const retranslated =
      'Overnight the air defence forces destroyed 41 drones over the Belgorod region and 12 over the Kursk region, ' +
      'the defence ministry reported on Tuesday.\n\nAccording to Gladkov, the governor, fragments hit two homes in ' +
      'Shebekino; nobody was hurt.\n\nA further 7 drones were destroyed over the Voronezh region, said Gusev, head ' +
      'of the region.';
    const on = { factsSimilarity: 0, factsAlignment: 0.4 };
    const at = (d: number) => ({ publishedAt: day(d), ingestedAt: day(d) });

    it('catches the re-translation only when on, and keeps the specifics in the index entry', () => {
      const off = new DedupCore();
      expect(off.decide(testArticle('a', original)).changes[0]?.entry?.spec).toBeUndefined();
      expect(off.decide(testArticle('b', retranslated)).verdict).toBe('unique');
      const core = new DedupCore(on);
      const entry = core.decide(testArticle('a', original)).changes[0]?.entry;
      expect(entry && DedupIndexEntrySchema.parse(JSON.parse(JSON.stringify(entry))).spec).toMatch(/^[A-Za-z0-9+/=]+$/);
      expect(core.decide(testArticle('b', retranslated))).toMatchObject({ verdict: 'duplicate', rule: 'facts' });
    });

    it('a restored index decides as the live one, also after the arena was compacted', () => {
      // 1,500 other reports (each with a counts key, so each with specifics) pass through an index of
      // 40: the evicted ones' words become garbage and the arena is compacted on the way
      const live = new DedupCore({ ...on, maxEntries: 40 });
      const log: IndexChange[] = [];
      log.push(...live.decide(testArticle('a', original, at(12))).changes);
      for (let i = 0; i < 1500; i++) {
        const body = `Sentries reported ${3 + (i % 97)} drones and ${200 + i} shells near post ${i} on ${(i % 28) + 1} May. The unit said ${i % 7} were hit.`;
        log.push(...live.decide(testArticle(`f${i}`, body, at(i % 10))).changes);
      }
      const restored = new DedupCore({ ...on, maxEntries: 40 });
      for (const c of JSON.parse(JSON.stringify(log)) as IndexChange[]) expect(restored.restore(c)).toBe(true);
      // the words of 1,500 entries fill two 64 KB pages; compacted, the 40 live ones fit in one
      expect(live.memoryBreakdown().guardArena).toBe(65_536);
      const probe = testArticle('b', retranslated, at(12));
      const d = live.decide(probe);
      expect(d).toMatchObject({ verdict: 'duplicate', duplicateOf: 'a', rule: 'facts' });
      expect(restored.decide(probe)).toEqual(d);
    });

    it('an entry written without specifics (before they were kept) still restores, and never matches by facts', () => {
      const entry = new DedupCore(on).decide(testArticle('a', original)).changes[0]?.entry;
      if (!entry) throw new Error('expected an entry');
      const { spec: _spec, ...old } = entry;
      const core = new DedupCore(on);
      expect(core.restore({ articleId: 'a', entry: DedupIndexEntrySchema.parse(old) })).toBe(true);
      expect(core.decide(testArticle('b', retranslated)).verdict).toBe('unique');
      // the same text still matches by hash and MinHash
      expect(core.decide(testArticle('c', original))).toMatchObject({ verdict: 'duplicate', duplicateOf: 'a' });
      // and an unreadable specifics field (another format tag) reads as none
      const other = new DedupCore(on);
      expect(
        other.restore({ articleId: 'a', entry: { ...entry, spec: Buffer.from([2, 0, 0, 0]).toString('base64') } }),
      ).toBe(true);
      expect(other.decide(testArticle('b', retranslated)).verdict).toBe('unique');
    });
  });

  it('skips entries made with other parameters', () => {
    const d = new DedupCore({ permutations: 64, bands: 16 }).decide(testArticle('a', base));
    const other = new DedupCore({ permutations: 32, bands: 8 });
    expect(other.restore(first(d.changes))).toBe(false);
    expect(other.size()).toBe(0);
    expect(other.stats().incompatible).toBe(1);
  });

  it('a tombstone on restore removes the entry', () => {
    const d = new DedupCore().decide(testArticle('a', base));
    const core = new DedupCore();
    core.restore(first(d.changes));
    expect(core.decide(testArticle('b', `${base} Updated.`)).verdict).toBe('duplicate');
    core.restore({ articleId: 'a', entry: null });
    expect(core.size()).toBe(0);
    expect(core.decide(testArticle('c', `${base} Updated.`)).verdict).toBe('unique');
  });

  it('uses a pluggable place finder', () => {
    // a gazetteer that knows the two villages are in different regions
    const places = (t: string) => (t.includes('Klimovo') ? ['RU-BRY'] : t.includes('Glushkovo') ? ['RU-KRS'] : []);
    const noRegion = base.replace(' over the Bryansk region', '');
    const core = new DedupCore({ places });
    core.decide(testArticle('a', noRegion));
    expect(core.decide(testArticle('b', noRegion.replace('Klimovo', 'Glushkovo'))).verdict).toBe('unique');
    const plain = new DedupCore();
    plain.decide(testArticle('a', noRegion));
    expect(plain.decide(testArticle('b', noRegion.replace('Klimovo', 'Glushkovo'))).verdict).toBe('duplicate');
  });

  it('rejects inconsistent options', () => {
    expect(() => new DedupCore({ permutations: 60, bands: 16 })).toThrow(RangeError);
    expect(() => new DedupCore({ permutations: 80, bands: 16 })).toThrow(/rows/);
    expect(() => new DedupCore({ threshold: 0 })).toThrow(RangeError);
  });
});

describe('DedupCore publication-time guard', () => {
  const bulletin =
    'Air defence systems destroyed 12 drones over the Kursk region overnight, the defence ministry said.';

  it('treats the same wording published days apart as two reports, exact or near', () => {
    const core = new DedupCore();
    expect(core.decide(testArticle('mon', bulletin, { publishedAt: '2025-06-02T06:00:00.000Z' })).verdict).toBe(
      'unique',
    );
    expect(core.decide(testArticle('fri', bulletin, { publishedAt: '2025-06-06T06:00:00.000Z' })).verdict).toBe(
      'unique',
    );
    expect(
      core.decide(testArticle('fri-copy', `Reposted. ${bulletin}`, { publishedAt: '2025-06-06T09:00:00.000Z' })),
    ).toMatchObject({
      verdict: 'duplicate',
      duplicateOf: 'fri',
    });
  });

  it('still catches a copy published within the gap, and copies without a date', () => {
    const core = new DedupCore();
    core.decide(testArticle('orig', bulletin, { publishedAt: '2025-06-02T06:00:00.000Z' }));
    expect(core.decide(testArticle('next-day', bulletin, { publishedAt: '2025-06-03T10:00:00.000Z' })).verdict).toBe(
      'duplicate',
    );
    expect(
      core.decide(testArticle('undated', bulletin, { publishedAt: null, ingestedAt: '2025-07-01T00:00:00.000Z' }))
        .verdict,
    ).toBe('duplicate');
  });

  it('survives a restore', () => {
    const core = new DedupCore();
    const changes = core.decide(testArticle('mon', bulletin, { publishedAt: '2025-06-02T06:00:00.000Z' })).changes;
    const restored = new DedupCore();
    for (const change of changes) restored.restore(change);
    expect(restored.decide(testArticle('fri', bulletin, { publishedAt: '2025-06-06T06:00:00.000Z' })).verdict).toBe(
      'unique',
    );
  });
});
