/**
 * The `skytally` command line as a user runs it (the built bin), against the
 * test broker: feed the seeds, watch the rolling counts arrive as JSON lines;
 * and the offline commands' output and errors.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Snapshot } from '@skytally/contracts';
import { PipelineHarness } from './harness/pipeline.harness';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/skytally.js');

/** One JSON value per line of a command's output. */
const jsonLines = (stdout: string): unknown[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('skytally CLI', () => {
  const harness = new PipelineHarness();

  beforeAll(async () => {
    await harness.setup();
    await harness.startAll();
  });
  afterAll(() => harness.teardown());

  it('feed publishes the seeds and watch --json --region shows their counts live', async () => {
    const env = { ...process.env, SKYTALLY_TOPIC_PREFIX: harness.prefix, LOG_LEVEL: 'warn' };
    const watch = spawn(process.execPath, [bin, 'watch', '--json', '--region', 'RU-BRY,RU'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const seen = new Map<string, Snapshot>();
      const done = new Promise<void>((resolve, reject) => {
        watch.once('exit', (code) => reject(new Error(`watch exited early (${code})`)));
        createInterface({ input: watch.stdout }).on('line', (line) => {
          const snapshot = JSON.parse(line) as Snapshot;
          seen.set(snapshot.key, snapshot);
          if (seen.get('RU-BRY')?.windows.all === 64 && seen.get('RU')?.windows.all === 203) resolve();
        });
      });
      const feed = spawnSync(process.execPath, [bin, 'feed', join(root, 'seeds')], { env, encoding: 'utf8' });
      expect(feed.status).toBe(0);
      expect(feed.stderr).toContain('fed 5 article(s)');
      await done;
      expect([...seen.keys()].sort()).toEqual(['RU', 'RU-BRY']);
    } finally {
      watch.kill('SIGTERM');
    }
  });

  it('extract prints the claims of an article on stdin, without a broker', () => {
    const out = spawnSync(process.execPath, [bin, 'extract', '-'], {
      input: 'Air defence units shot down at least 12 drones over the Voronezh region overnight, the governor said.',
      encoding: 'utf8',
      env: { ...process.env, KAFKA_BROKERS: '127.0.0.1:1' },
    });
    expect(out.status).toBe(0);
    const claims = jsonLines(out.stdout);
    expect(claims).toEqual([
      expect.objectContaining({
        articleId: 'stdin',
        count: 12,
        qualifier: 'at_least',
        weapon: 'drone',
        scope: 'region',
        regions: ['RU-VOR'],
      }),
    ]);
  });

  it('extract and dedup exit non-zero with a clear message on unreadable input', () => {
    for (const command of ['extract', 'dedup']) {
      const out = spawnSync(process.execPath, [bin, command, '/no/such/article.txt'], { encoding: 'utf8' });
      expect(out.status).toBe(2);
      expect(out.stderr).toContain('/no/such/article.txt: no such file or folder');
    }
  });

  it('dedup prints one verdict per article, naming the original of a copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dedup-cli-'));
    const body = readFileSync(join(root, 'seeds/004_30addc97a4b6af7d.txt'), 'utf8');
    writeFileSync(join(dir, 'original.txt'), body);
    writeFileSync(join(dir, 'reprint.txt'), `Reprinted with permission.\n\n${body}`);
    writeFileSync(join(dir, 'other.txt'), readFileSync(join(root, 'seeds/003_e8837c8a0338fe94.txt'), 'utf8'));
    const out = spawnSync(
      process.execPath,
      [bin, 'dedup', join(dir, 'original.txt'), join(dir, 'reprint.txt'), join(dir, 'other.txt')],
      { encoding: 'utf8' },
    );
    expect(out.status).toBe(0);
    const lines = jsonLines(out.stdout);
    expect(lines).toEqual([
      { articleId: 'original', verdict: 'unique', duplicateOf: null, kind: null, similarity: null, rule: 'unique' },
      {
        articleId: 'reprint',
        verdict: 'duplicate',
        duplicateOf: 'original',
        kind: 'near',
        similarity: expect.any(Number) as unknown,
        rule: expect.stringMatching(/^(minhash|containment|sentences)$/) as unknown,
      },
      {
        articleId: 'other',
        verdict: 'unique',
        duplicateOf: null,
        kind: null,
        similarity: null,
        rule: expect.stringMatching(/^(unique|guard-)/) as unknown,
      },
    ]);
  });
});
