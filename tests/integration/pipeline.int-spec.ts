/**
 * The whole pipeline on a real broker: the five seed articles (and some bad
 * input) through the four services as processes, to the rolling counts.
 */
import type { DuplicateVerdict, Rejection } from '@skytally/contracts';
import { seedArticles } from '../support/seed-articles';
import { PipelineHarness, jsonValue } from './harness/pipeline.harness';

const seeds = seedArticles();
const seedMessages = seeds.map(({ id, body, publishedAt }) => ({
  key: id,
  value: JSON.stringify({ id, body, publishedAt }),
}));
const reprinted = seeds.find((s) => s.id === '004_30addc97a4b6af7d');

describe('the pipeline on a real broker', () => {
  const harness = new PipelineHarness();

  beforeAll(async () => {
    await harness.setup();
    await harness.startAll();
  });
  afterAll(() => harness.teardown());

  it('turns the seeds into the expected rolling counts, and accounts for every input', async () => {
    const bad = [
      { key: 'bad-json', value: '{"body": ' },
      { key: 'empty', value: '   ' },
      { key: 'binary', value: Buffer.from([0, 1, 2, 3, 0xff, 0xfe]) },
    ];
    await harness.feed([...seedMessages, ...bad]);
    await harness.drained();
    // A syndicated copy arriving later must be dropped, not counted again.
    // (Within one feed, partitions of articles.raw interleave freely, so "later" needs its own feed.)
    if (!reprinted) throw new Error('seed 004_30addc97a4b6af7d is missing');
    const copy = {
      key: 'copy-of-004',
      value: JSON.stringify({
        id: 'copy-of-004',
        body: `Reprinted from a wire service.\n\n${reprinted.body}`,
      }),
    };
    await harness.feed([copy]);
    await harness.drained();

    const rejected = await harness.readAll(harness.topics.rejected);
    expect(rejected.map((r) => r.key).sort()).toEqual(['bad-json', 'binary', 'empty']);
    expect(rejected.map((r) => jsonValue<Rejection>(r).reason).sort()).toEqual([
      'empty_body',
      'invalid_json',
      'invalid_utf8',
    ]);

    const duplicates = await harness.readAll(harness.topics.duplicates);
    expect(duplicates.map((d) => jsonValue<DuplicateVerdict>(d))).toEqual([
      expect.objectContaining({ articleId: 'copy-of-004', duplicateOf: '004_30addc97a4b6af7d', kind: 'near' }),
    ]);
    const unique = await harness.readAll(harness.topics.unique);
    expect(unique.map((u) => u.key).sort()).toEqual(seedMessages.map((s) => s.key).sort());

    const snapshots = await harness.latestSnapshots();
    const all = (key: string) => snapshots.get(key)?.windows.all ?? 0;
    expect(all('RU-BRY')).toBe(64);
    expect(all('RU-KLU')).toBe(9);
    expect(snapshots.get('RU-KLU')?.shared.all).toBe(2);
    expect(snapshots.get('RU-TVE')?.shared.all).toBe(2);
    expect(all('RU-TVE')).toBe(0);
    expect(all('RU-SMO')).toBe(5);
    expect(all('RU-MOW') + all('RU-MOS')).toBe(13);
    expect(all('RU')).toBe(203);
    expect(snapshots.get('RU')).toMatchObject({ scope: 'country', country: 'RU', name: 'Russia' });
    expect(snapshots.get('RU-BRY')).toMatchObject({
      scope: 'region',
      country: 'RU',
      name: 'Bryansk Oblast',
      claims: 1,
      sources: 1,
    });
  });
});
