/**
 * Interoperability: a client that is not kafkajs (kcat, on librdkafka) feeds `articles.raw` and
 * reads `interceptions.rolling` of the running pipeline. Plain-text and JSON articles, keyed and
 * unkeyed, each a line on kcat's stdin; the snapshots come back through kcat's JSON envelope (-J).
 * Skipped, with a note, when kcat is not installed (`apt-get install kcat`; .ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import type { Snapshot } from '@skytally/contracts';
import { waitFor } from '../support/kafka-test-utils';
import { PipelineHarness } from './harness/pipeline.harness';

jest.setTimeout(180_000);

const kcatFound = spawnSync('kcat', ['-V'], { encoding: 'utf8' }).status === 0;
if (!kcatFound)
  process.stderr.write('[kcat] kcat is not installed: skipping the interoperability test (apt-get install kcat)\n');
const maybe = kcatFound ? describe : describe.skip;

function kcat(args: string[], input?: string): string {
  const res = spawnSync('kcat', ['-b', process.env.KAFKA_BROKERS!, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (res.status !== 0) throw new Error(`kcat ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  return res.stdout;
}

interface KcatEnvelope {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  payload: string | null;
}

maybe('kcat feeds the pipeline and reads its snapshots', () => {
  const harness = new PipelineHarness({ LOG_LEVEL: 'warn' });

  beforeAll(async () => {
    await harness.setup();
    await harness.startAll();
  });
  afterAll(() => harness.teardown());

  it('plain text and JSON, keyed and unkeyed, in; compacted snapshots out', async () => {
    // Unkeyed: one message per line.
    kcat(
      ['-P', '-t', harness.topics.raw],
      [
        'Air defence units shot down 11 drones over the Voronezh region overnight, the governor said.',
        JSON.stringify({
          id: 'kcat-json-unkeyed',
          publishedAt: '2026-11-20T06:00:00Z',
          body: 'Russian air defences intercepted 5 drones over the Kursk region early on Wednesday, the defence ministry said.',
        }),
      ].join('\n') + '\n',
    );
    // Keyed: `key|value` per line (-K sets the delimiter).
    kcat(
      ['-P', '-t', harness.topics.raw, '-K', '|'],
      [
        'kcat-plain-keyed|Air defence forces destroyed 7 drones over the Belgorod region on Tuesday night, the regional governor wrote.',
        `kcat-json-keyed|${JSON.stringify({ id: 'kcat-json-keyed', title: 'Rostov', body: 'Two missiles and 3 drones were shot down over the Rostov region, the governor said on Thursday.' })}`,
      ].join('\n') + '\n',
    );

    const want: Record<string, number> = { 'RU-VOR': 11, 'RU-KRS': 5, 'RU-BEL': 7, 'RU-ROS': 5 };
    const latest = await waitFor(
      () => {
        // -C from the beginning to the end (-e), one JSON envelope per message (-J).
        const lines = kcat(['-C', '-t', harness.topics.rolling, '-o', 'beginning', '-e', '-J', '-q'])
          .split('\n')
          .filter(Boolean);
        const byKey = new Map<string, Snapshot>();
        for (const line of lines) {
          const m = JSON.parse(line) as KcatEnvelope;
          if (m.key && m.payload) byKey.set(m.key, JSON.parse(m.payload) as Snapshot);
        }
        return Object.entries(want).every(([key, n]) => byKey.get(key)?.windows.all === n) ? byKey : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 1_000, description: 'the four regions on interceptions.rolling, read by kcat' },
    );

    expect(latest.get('RU-ROS')).toMatchObject({ byWeapon: { missile: 2, drone: 3 }, claims: 2 });
    expect(latest.get('RU-KRS')).toMatchObject({ key: 'RU-KRS', scope: 'region', claims: 1, sources: 1 });

    // What ingest made of each: ids from the key, the JSON id, or the content; nothing rejected.
    const ingested = (await harness.readAll(harness.topics.ingested)).map(
      (m) => JSON.parse(m.value!) as { articleId: string; title: string | null },
    );
    expect(ingested).toHaveLength(4);
    expect(ingested.map((a) => a.articleId)).toEqual(expect.arrayContaining(['kcat-json-unkeyed', 'kcat-json-keyed']));
    expect(await harness.readAll(harness.topics.rejected)).toEqual([]);

    // kcat sees the keys the README promises: the region key on every snapshot (no country total was fed).
    const keys = kcat(['-C', '-t', harness.topics.rolling, '-o', 'beginning', '-e', '-q', '-f', '%k\\n'])
      .split('\n')
      .filter(Boolean);
    expect(new Set(keys)).toEqual(new Set(Object.keys(want)));
  });
});
