/**
 * Poison messages in later stages: a message a stage cannot process is tried
 * a bounded number of times (once, when it breaks its topic's contract: it
 * would break it again), then goes to skytally.dead-letter with the error and
 * its origin in headers; the partition moves on — the good message after it
 * is processed — and the service's log says so.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Article, ClaimRecord } from '@skytally/contracts';
import { extractClaims } from '@skytally/extraction';
import { toClaimRecords } from '@skytally/aggregation';
import { waitFor } from '../support/kafka-test-utils';
import { PipelineHarness, jsonValue, onlyOne } from './harness/pipeline.harness';

const MAX_ATTEMPTS = 3;

function article(id: string, body: string): Article {
  return {
    articleId: id,
    url: null,
    source: null,
    title: null,
    publishedAt: '2025-04-02T00:00:00.000Z',
    ingestedAt: '2025-04-02T06:00:00.000Z',
    body,
    contentHash: createHash('sha256').update(body).digest('hex'),
  };
}

interface LogLine {
  msg: string;
  offset?: string;
  attempt?: number;
  deadLetterTopic?: string;
  err?: string;
}

function logLines(file: string): LogLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
}

describe('poison messages are dead-lettered and the partition moves on', () => {
  const harness = new PipelineHarness({
    SKYTALLY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    SKYTALLY_IDLE_MS: String(24 * 3600 * 1000),
  });

  beforeAll(() => harness.setup());
  afterAll(() => harness.teardown());

  it('aggregate: a claim its core rejects is dead-lettered at once with the reason, and the next claim counts', async () => {
    const { logFile } = await harness.start('aggregate');
    const good = toClaimRecords(
      article(
        'good-1',
        'Air defence systems shot down 7 drones over the Bryansk region on April 1, the defence ministry said.',
      ),
      extractClaims(
        article(
          'good-1',
          'Air defence systems shot down 7 drones over the Bryansk region on April 1, the defence ministry said.',
        ),
      ),
    );
    const claim = onlyOne(good, 'claim');
    // Valid by the contract (a YYYY-MM-DD shape), but no such day: the core rejects it (an outcome, not a retry).
    const poison: ClaimRecord = { ...claim, articleId: 'poison-1', claimId: 'poison-claim', eventDate: '2025-13-45' };
    // Same key, so same partition, poison first.
    await harness.send(harness.topics.claims, [
      { key: claim.regionKey, value: JSON.stringify(poison), headers: { 'trace-id': 't-1' } },
      { key: claim.regionKey, value: JSON.stringify(claim) },
    ]);
    await harness.drained(60_000, ['aggregate']);

    const dead = await harness.readAll(harness.topics.deadLetter);
    const mine = onlyOne(
      dead.filter((m) => m.headers['skytally-stage'] === 'aggregate'),
      'dead letter from aggregate',
    );
    expect(jsonValue(mine)).toEqual(poison);
    expect(mine.key).toBe(claim.regionKey);
    expect(mine.headers).toMatchObject({
      'trace-id': 't-1',
      'skytally-origin-topic': harness.topics.claims,
      'skytally-origin-offset': '0',
      'skytally-attempts': '1',
    });
    expect(mine.headers['skytally-error']).toMatch(/invalid_time: /);
    expect(mine.headers['skytally-origin-partition']).toMatch(/^\d$/);

    // The partition moved on: the good claim after the poison one is counted.
    const snapshot = await waitFor(
      async () => {
        const latest = (await harness.latestSnapshots()).get('RU-BRY');
        return latest?.windows.all === 7 ? latest : null;
      },
      { timeoutMs: 30_000, description: 'the RU-BRY snapshot' },
    );
    expect(snapshot.claims).toBe(1);

    const lines = logLines(logFile);
    // Predictable, so not retried: it would fail the same way every time.
    expect(lines.filter((l) => l.msg === 'message failed' && l.offset === '0')).toHaveLength(0);
    const said = onlyOne(
      lines.filter((l) => l.msg === 'claim rejected; dead-lettered'),
      "'claim rejected' log line",
    );
    expect(said).toMatchObject({ offset: '0', reason: 'invalid_time', claimId: 'poison-claim' });
  });

  it('extract: a message that is not an article is dead-lettered at once (it would fail again), and the next article is extracted', async () => {
    const { logFile } = await harness.start('extract');
    const good = article(
      'good-2',
      'The defence ministry said 12 Ukrainian drones were intercepted over the Kursk region on April 1.',
    );
    await harness.send(harness.topics.unique, [
      { key: 'good-2', value: '{"articleId": "poison-2", "body": ', partition: 1 },
      { key: 'good-2', value: JSON.stringify(good), partition: 1 },
    ]);
    await harness.drained(60_000, ['extract']);

    const dead = onlyOne(
      (await harness.readAll(harness.topics.deadLetter)).filter((m) => m.headers['skytally-stage'] === 'extract'),
      'dead letter from extract',
    );
    expect(dead.value).toBe('{"articleId": "poison-2", "body": ');
    expect(dead.headers).toMatchObject({
      'skytally-origin-topic': harness.topics.unique,
      'skytally-origin-partition': '1',
      'skytally-origin-offset': '0',
      'skytally-attempts': '1',
    });
    expect(dead.headers['skytally-error']).toMatch(
      /^ContractViolation: message on unique breaks its contract: not JSON/,
    );

    const claims = (await harness.readAll(harness.topics.claims))
      .map((m) => jsonValue<ClaimRecord>(m))
      .filter((c) => c.articleId === 'good-2');
    expect(claims.map((c) => [c.count, c.regions])).toEqual([[12, ['RU-KRS']]]);

    const lines = logLines(logFile);
    expect(lines.filter((l) => l.msg === 'message failed')).toHaveLength(0);
    expect(lines.filter((l) => l.msg === 'message dead-lettered after retries; partition moves on')).toHaveLength(1);
  });
});
