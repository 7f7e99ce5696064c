/**
 * Dedup remembers across a restart: its index is rebuilt from the compacted
 * changelog, so copies of articles seen before a SIGKILL are still caught
 * after the service comes back, and the originals are not dropped on replay.
 */
import { claimsCorpus, toMessages } from './harness/claims-corpus';
import type { DuplicateVerdict } from '@skytally/contracts';
import { PipelineHarness, jsonValue } from './harness/pipeline.harness';

describe('dedup across a restart, on a real broker', () => {
  const harness = new PipelineHarness();

  beforeAll(async () => {
    await harness.setup();
    await harness.start('ingest');
    await harness.start('dedup');
  });
  afterAll(() => harness.teardown());

  it('catches re-fed copies of articles seen before the restart', async () => {
    const originals = claimsCorpus(120, 11);
    await harness.feed(toMessages(originals));
    await harness.drained(120_000, ['ingest', 'dedup']);

    await harness.kill('dedup');
    await harness.start('dedup', 'dedup-restarted');

    // Syndicated copies: a wire credit in front, a different id, published an hour later.
    const copies = originals.slice(0, 40).map((a) => ({
      key: `copy-${a.id}`,
      value: JSON.stringify({
        id: `copy-${a.id}`,
        body: `(Reuters) ${a.body}`,
        publishedAt: `${a.publishedAt}T01:00:00Z`,
      }),
    }));
    // Exact re-sends of the originals under new ids.
    const resent = originals.slice(40, 60).map((a) => ({
      key: `resent-${a.id}`,
      value: JSON.stringify({ id: `resent-${a.id}`, body: a.body, publishedAt: a.publishedAt }),
    }));
    await harness.feed([...copies, ...resent]);
    await harness.drained(120_000, ['ingest', 'dedup']);

    const verdicts = (await harness.readAll(harness.topics.duplicates)).map((m) => jsonValue<DuplicateVerdict>(m));
    const byId = new Map(verdicts.map((v) => [v.articleId, v]));
    for (const a of originals.slice(0, 40))
      expect(byId.get(`copy-${a.id}`)).toMatchObject({ duplicateOf: a.id, kind: 'near' });
    for (const a of originals.slice(40, 60))
      expect(byId.get(`resent-${a.id}`)).toMatchObject({ duplicateOf: a.id, kind: 'exact', similarity: 1 });
    expect(verdicts).toHaveLength(60);

    const unique = await harness.readAll(harness.topics.unique);
    expect(new Set(unique.map((m) => m.key))).toEqual(new Set(originals.map((a) => a.id)));
  });

  it('passes a redelivered original again rather than calling it a copy of itself', async () => {
    const first = claimsCorpus(1, 99)[0];
    if (!first) throw new Error('claimsCorpus(1) gave no article');
    await harness.feed(toMessages([first, first]));
    await harness.drained(120_000, ['ingest', 'dedup']);
    const unique = (await harness.readAll(harness.topics.unique)).filter((m) => m.key === first.id);
    const dupes = (await harness.readAll(harness.topics.duplicates)).filter((m) => m.key === first.id);
    expect(unique.length).toBeGreaterThanOrEqual(1);
    expect(dupes).toHaveLength(0);
  });
});
