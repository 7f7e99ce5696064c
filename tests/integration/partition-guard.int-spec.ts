/**
 * Issue 16: a service refuses to start, with a clear message, when a topic that
 * already exists breaks what the code relies on (dedup's input with more than
 * one partition; a claims topic that forgets claims), instead of counting wrong
 * in silence. On the real test broker, with the built dedup service.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Admin } from 'kafkajs';
import { parseConfig } from '@skytally/config';
import { topicNames } from '@skytally/contracts';
import { TopicLayoutError, ensureTopics } from '@skytally/kafka';
import { startService, stopServices } from '@skytally/pipeline';
import { createTestKafka, createTopics, testBrokers, uniqueSuffix } from '../support/kafka-test-utils';

describe('topics that break a guarantee', () => {
  let admin: Admin;
  const prefix = `guard-${uniqueSuffix()}.`;
  const topics = topicNames(prefix);
  const config = parseConfig({ KAFKA_BROKERS: testBrokers().join(','), SKYTALLY_TOPIC_PREFIX: prefix });

  beforeAll(async () => {
    admin = createTestKafka().admin();
    await admin.connect();
    // As someone might have made them by hand: dedup's input with three partitions, claims kept a week.
    await createTopics(admin, [topics.ingested], 3);
    await createTopics(admin, [topics.claims], 3, { configEntries: [{ name: 'retention.ms', value: '604800000' }] });
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
  });

  it('ensureTopics names every problem, and creates nothing wrong of its own', async () => {
    const err = (await ensureTopics(admin, config).catch((e: unknown) => e)) as TopicLayoutError;
    expect(err).toBeInstanceOf(TopicLayoutError);
    expect(err.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${prefix.replace('.', '\\.')}articles\\.ingested has 3 partitions; it must have exactly 1`),
      ),
      expect.stringMatching(/interceptions\.claims has retention\.ms=604800000; it must be -1/),
    ]);
    // The topics it did create are as planned: only the two made by hand are wrong.
    const { topics: made } = await admin.fetchTopicMetadata({ topics: [topics.dedupChangelog, topics.raw] });
    const partitions = Object.fromEntries(made.map((t) => [t.name, t.partitions.length]));
    expect(partitions).toEqual({ [topics.dedupChangelog]: 1, [topics.raw]: config.SKYTALLY_PARTITIONS });
  });

  it('the dedup service exits before it is ready, saying why', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'skytally-guard-'));
    const env = { ...process.env, SKYTALLY_TOPIC_PREFIX: prefix, LOG_LEVEL: 'info' };
    const started = startService('dedup', { env, readyTimeoutMs: 60_000 }, logDir);
    await expect(started).rejects.toThrow(/dedup exited \(1\) before it was ready/);
    // The supervisor got no process back; make sure none is left behind if it did start after all.
    await started.then((s) => stopServices([s])).catch(() => undefined);
    const log = readFileSync(join(logDir, 'dedup.log'), 'utf8');
    expect(log).toMatch(/articles\.ingested has 3 partitions; it must have exactly 1 \(dedup compares every article/);
    expect(log).toMatch(/Recreate those topics/);
  });
});
