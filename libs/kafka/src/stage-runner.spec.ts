import { KafkaJSError } from 'kafkajs';
import pino from 'pino';
import { decodePayload, drop, emit, reject } from '@skytally/contracts';
import { FakeKafka } from '../test/fake-kafka';
import {
  type InboundMessage,
  type MessageResult,
  type OutboundMessage,
  type StageProcessor,
  eachMessage,
} from './messages';
import { coalesce, deadLetter, StageRunner, type StageRunnerOptions, Turn } from './stage-runner';
import { StageStats } from './stage-stats';

describe('coalesce', () => {
  it('keeps only the last message per key among those marked, and every other message in order', () => {
    const out = coalesce([
      { topic: 'rolling', key: 'RU-BRY', value: '1', coalesce: true },
      { topic: 'daily', key: 'RU-BRY', value: 'a', coalesce: true },
      { topic: 'claims', key: 'RU-BRY', value: 'x' },
      { topic: 'rolling', key: 'RU-BRY', value: '2', coalesce: true },
      { topic: 'claims', key: 'RU-BRY', value: 'y' },
    ]);
    expect(out.map((o) => `${o.topic}:${o.value?.toString() ?? ''}`)).toEqual([
      'daily:a',
      'claims:x',
      'rolling:2',
      'claims:y',
    ]);
  });
});

describe('deadLetter', () => {
  const message: InboundMessage = {
    topic: 'articles.unique',
    partition: 2,
    offset: '41',
    key: Buffer.from('a1'),
    value: Buffer.from('{"broken":'),
    headers: { trace: 't1' },
    timestamp: '0',
  };

  it('keeps the original key, value and headers and says where it came from and why', () => {
    const dl = deadLetter(message, new TypeError('boom\nforged line'), {
      stage: 'extract',
      deadLetterTopic: 'dlq',
      maxAttempts: 3,
    });
    expect(dl.topic).toBe('dlq');
    expect(dl.key).toEqual(message.key);
    expect(dl.value).toEqual(message.value);
    expect(dl.headers).toMatchObject({
      trace: 't1',
      'skytally-stage': 'extract',
      'skytally-origin-topic': 'articles.unique',
      'skytally-origin-partition': '2',
      'skytally-origin-offset': '41',
      'skytally-attempts': '3',
    });
    expect(dl.headers!['skytally-error']).toBe('TypeError: boom forged line');
  });
});

describe('Turn', () => {
  it('runs one holder at a time, in order, and goes on after a failure', async () => {
    const turn = new Turn();
    const log: string[] = [];
    const work =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
      };
    const a = turn.take(work('a'));
    expect(turn.busy).toBe(true);
    const b = turn.take(work('b', true));
    const c = turn.take(work('c'));
    await a;
    await expect(b).rejects.toThrow('b');
    await c;
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(turn.busy).toBe(false);
  });
});

describe('StageRunner, driven by fake batches', () => {
  const logger = pino({ level: 'silent' });
  let fake: FakeKafka;
  let runner: StageRunner | undefined;

  beforeEach(() => {
    fake = new FakeKafka();
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
  });

  async function start(processor: StageProcessor, options: Partial<StageRunnerOptions> = {}): Promise<StageRunner> {
    runner = new StageRunner(fake.client, processor, {
      stage: 'test',
      groupId: 'g',
      inputTopics: ['in'],
      deadLetterTopic: 'dlq',
      maxAttempts: 3,
      logger,
      statsIntervalMs: 0,
      punctuateEveryMs: 60_000,
      // Flushes by count only, unless a test says otherwise: a loaded machine's pause between
      // slices must not add a flush to the commit sequences the tests expect.
      flushAfterMs: 60_000,
      ...options,
    });
    await runner.start();
    fake.consumer.join({ in: [0] });
    return runner;
  }

  const echo = (message: InboundMessage): OutboundMessage[] => [
    { topic: 'out', key: message.key, value: `seen ${message.value?.toString() ?? ''}` },
  ];

  it('produces a batch and commits it only once the producer has acknowledged it', async () => {
    await start({ process: echo });
    await fake.consumer.deliver('in', 0, ['a', 'b', 'c']);
    expect(fake.sent().map((m) => m.value)).toEqual(['seen a', 'seen b', 'seen c']);
    expect(fake.log).toEqual(['producer 1 sent 3 to out', 'commit in/0 3']);
  });

  it('commits nothing when the send fails, and the batch comes back retriable', async () => {
    await start({ process: echo });
    fake.producers[0]!.failures.push(new KafkaJSError('broker away', { retriable: true }));
    const failed = fake.consumer.deliver('in', 0, ['a']);
    await expect(failed).rejects.toMatchObject({ retriable: true });
    expect(fake.consumer.committed.size).toBe(0);
    await fake.consumer.deliver('in', 0, ['a']);
    expect(fake.log).toEqual(['producer 1 failed', 'producer 1 sent 1 to out', 'commit in/0 1']);
  });

  it('dispatches once per slice to processBatch, and commits every flushEvery outputs and at the end', async () => {
    const slices: number[] = [];
    await start(
      {
        processBatch: (messages) => {
          slices.push(messages.length);
          return messages.map((m) => echo(m));
        },
      },
      { sliceSize: 2, flushEvery: 4 },
    );
    await fake.consumer.deliver('in', 0, ['a', 'b', 'c', 'd', 'e']);
    expect(slices).toEqual([2, 2, 1]);
    expect(fake.log.filter((l) => l.startsWith('commit'))).toEqual(['commit in/0 4', 'commit in/0 5']);
    // Between slices too, not only around flushes: a long batch keeps its membership.
    expect(fake.consumer.heartbeats).toBeGreaterThanOrEqual(2 + 2 * 2);
  });

  it("times each batch's phases: the records' age, the handler, the send, the commit, the whole", async () => {
    const stats = new StageStats();
    const seen: Record<string, number[]> = {};
    stats.onTiming((phase, ms) => (seen[phase] ??= []).push(ms));
    await start(
      {
        process: async (message) => {
          await new Promise((resolve) => setTimeout(resolve, 30));
          return echo(message);
        },
      },
      { stats },
    );
    await fake.consumer.deliver('in', 0, ['a']);
    expect(Object.keys(seen).sort()).toEqual(['age', 'batch', 'commit', 'process', 'send', 'wait']);
    expect(seen.process![0]).toBeGreaterThanOrEqual(25);
    expect(seen.batch![0]).toBeGreaterThanOrEqual(seen.process![0]!);
    // The fake's records are stamped at the epoch.
    expect(seen.age![0]).toBeGreaterThan(Date.now() - 60_000);
    expect(stats.takeTimings().process).toMatchObject({ count: 1 });
    expect(stats.takeTimings()).toEqual({});
  });

  it("flushes a slow batch's outputs every flushAfterMs, not only at its end", async () => {
    await start(
      {
        process: async (message) => {
          await new Promise((resolve) => setTimeout(resolve, 40));
          return echo(message);
        },
      },
      { sliceSize: 1, flushAfterMs: 60 },
    );
    await fake.consumer.deliver('in', 0, ['a', 'b', 'c', 'd', 'e', 'f']);
    const commits = fake.log.filter((l) => l.startsWith('commit'));
    // 40 ms a message: a flush every second message, so the first outputs went out long before the last.
    expect(commits.length).toBeGreaterThanOrEqual(2);
    expect(commits[commits.length - 1]).toBe('commit in/0 6');
    expect(fake.sent().map((m) => m.value)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((v) => `seen ${v}`));
  });

  it('retries a failing message, then dead-letters it with its origin, and moves on', async () => {
    const calls: string[] = [];
    const stats = new StageStats();
    await start(
      {
        process: (message) => {
          calls.push(String(message.value));
          if (String(message.value) === 'bad') throw new TypeError('a bug');
          return echo(message);
        },
      },
      { stats },
    );
    await fake.consumer.deliver('in', 0, ['a', 'bad', 'c']);
    expect(calls).toEqual(['a', 'bad', 'bad', 'bad', 'c']);
    const dead = fake.sent().filter((m) => m.topic === 'dlq');
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      value: 'bad',
      headers: { 'skytally-attempts': '3', 'skytally-origin-offset': '1', 'skytally-error': 'TypeError: a bug' },
    });
    expect(fake.sent().filter((m) => m.topic === 'out')).toHaveLength(2);
    expect(fake.consumer.committed.get('in/0')).toBe('3');
    expect(stats.get('deadLettered')).toBe(1);
  });

  it('in a batch, retries only the message that failed; the others are not redone', async () => {
    const calls: string[][] = [];
    let flaky = 1;
    await start({
      processBatch: (messages) => {
        calls.push(messages.map((m) => String(m.value)));
        return eachMessage(messages, (m) => {
          if (String(m.value) === 'flaky' && flaky-- > 0) throw new Error('dependency down');
          return echo(m);
        });
      },
    });
    await fake.consumer.deliver('in', 0, ['a', 'flaky', 'c']);
    expect(calls).toEqual([['a', 'flaky', 'c'], ['flaky']]);
    expect(fake.sent().map((m) => m.value)).toEqual(['seen a', 'seen flaky', 'seen c']);
  });

  it('dead-letters a reject at once (one attempt), counted by its reason; a drop produces nothing', async () => {
    const stats = new StageStats();
    let calls = 0;
    await start(
      {
        process: (message): MessageResult => {
          calls++;
          const value = String(message.value);
          if (value === 'nonsense') return reject('not_a_date', 'publishedAt 2999');
          if (value === 'copy') return drop('duplicate');
          return emit({ topic: 'out', key: null, value });
        },
      },
      { stats },
    );
    await fake.consumer.deliver('in', 0, ['ok', 'nonsense', 'copy']);
    expect(calls).toBe(3);
    expect(fake.sent().map((m) => `${m.topic}:${m.value}`)).toEqual(['out:ok', 'dlq:nonsense']);
    expect(fake.sent()[1]!.headers).toMatchObject({
      'skytally-attempts': '1',
      'skytally-error': 'MessageRejected: not_a_date: publishedAt 2999',
    });
    expect(stats.get('rejected:not_a_date')).toBe(1);
    expect(stats.get('dropped:duplicate')).toBe(1);
  });

  it('dead-letters a contract violation at once, by its class, not retried', async () => {
    let calls = 0;
    await start({
      process: (message) => {
        calls++;
        decodePayload('unique', message.value);
        return [];
      },
    });
    await fake.consumer.deliver('in', 0, ['{"broken":']);
    expect(calls).toBe(1);
    expect(fake.sent()[0]!.headers['skytally-error']).toMatch(/^ContractViolation: message on unique/);
  });

  it('restores the assigned partitions before the first batch is applied', async () => {
    const order: string[] = [];
    let failures = 1;
    await start({
      restore: ({ assignment }) => {
        order.push(`restore ${JSON.stringify(assignment)}`);
        // The first restore fails (the broker went away mid-read): it must run again, before any message.
        if (failures-- > 0) return Promise.reject(new Error('changelog unreadable'));
        return Promise.resolve([{ topic: 'out', key: 'state', value: 'restored' }]);
      },
      process: (message) => {
        order.push(`process ${String(message.value)}`);
        return [];
      },
    });
    await expect(fake.consumer.deliver('in', 0, ['a'])).rejects.toThrow(/changelog unreadable/);
    await fake.consumer.deliver('in', 0, ['a']);
    expect(order.filter((o) => o.startsWith('restore')).length).toBeGreaterThanOrEqual(2);
    expect(order[order.length - 1]).toBe('process a');
    expect(order.indexOf('process a')).toBe(order.length - 1);
    expect(fake.sent().map((m) => m.value)).toEqual(['restored']);
  });

  it('replaces a producer the broker no longer accepts, and redoes the batch with the new one', async () => {
    await start({ process: echo });
    fake.producers[0]!.failures.push(new KafkaJSError('UNKNOWN_PRODUCER_ID', { retriable: false }));
    await expect(fake.consumer.deliver('in', 0, ['a'])).rejects.toMatchObject({ retriable: true });
    expect(fake.producers).toHaveLength(2);
    expect(fake.producers[0]!.connected).toBe(false);
    expect(fake.producers[1]!.connected).toBe(true);
    await fake.consumer.deliver('in', 0, ['a']);
    expect(fake.producers[1]!.sent.map((m) => m.value)).toEqual(['seen a']);
    expect(fake.log).toEqual([
      'producer 1 failed',
      'producer 1 disconnected',
      'producer 2 sent 1 to out',
      'commit in/0 1',
    ]);
  });

  it('writes nothing when a rebalance takes the partition during the batch (the heartbeat fence)', async () => {
    let rebalances = 0;
    await start({ process: echo, onRebalance: () => void rebalances++ });
    const beforeRebalance = rebalances;
    fake.consumer.emit(fake.consumer.events.REBALANCING, {});
    const rebalance = Object.assign(new KafkaJSError('The group is rebalancing', { retriable: false }), {
      type: 'REBALANCE_IN_PROGRESS',
    });
    fake.consumer.heartbeatError = rebalance;
    // kafkajs rejoins on a rebalance error: it is handed back as it is.
    await expect(fake.consumer.deliver('in', 0, ['a', 'b'])).rejects.toBe(rebalance);
    expect(fake.sent()).toEqual([]);
    expect(fake.consumer.committed.size).toBe(0);
    // The stage is told (it stops publishing state of partitions it may have lost), and is not ready.
    expect(rebalances).toBe(beforeRebalance + 1);
    expect(runner!.health().ready).toBe(false);
  });

  it('stops between slices when the batch goes stale, with what was done committed', async () => {
    await start({ process: echo }, { sliceSize: 2, flushEvery: 2 });
    fake.consumer.staleAfter = 1;
    await fake.consumer.deliver('in', 0, ['a', 'b', 'c', 'd']);
    expect(fake.sent().map((m) => m.value)).toEqual(['seen a', 'seen b']);
    expect(fake.consumer.committed.get('in/0')).toBe('2');
  });
  describe("a fetch's batches handed over at once (batchConcurrency)", () => {
    const fetch = () =>
      fake.consumer.deliverFetch([
        { topic: 'in', partition: 0, values: ['a', 'b'] },
        { topic: 'in', partition: 1, values: ['c'] },
        { topic: 'in', partition: 2, values: ['d', 'e'] },
      ]);

    it('runs them one at a time and flushes them as one group: one endBatch, one send, then every commit', async () => {
      let running = 0;
      let ends = 0;
      await start({
        processBatch: async (messages) => {
          expect(++running).toBe(1);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
          return messages.map((m) => echo(m));
        },
        endBatch: () => [{ topic: 'state', key: 'rows', value: `end ${++ends}` }],
      });
      const settled = await fetch();
      expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      expect(fake.sent().map((m) => m.value)).toEqual(['seen a', 'seen b', 'seen c', 'seen d', 'seen e', 'end 1']);
      // No batch returns to kafkajs before its offset is committed: kafkajs would fetch it again.
      expect(fake.log).toEqual([
        'producer 1 sent 5 to out',
        'producer 1 sent 1 to state',
        'commit in/0 2',
        'commit in/1 1',
        'commit in/2 2',
        'returned in/0',
        'returned in/1',
        'returned in/2',
      ]);
    });

    it('commits nothing of any of them when the group flush fails, and all come back retriable', async () => {
      await start({ process: echo });
      fake.producers[0]!.failures.push(new KafkaJSError('broker away', { retriable: true }));
      const settled = await fetch();
      expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      for (const r of settled) expect((r as PromiseRejectedResult).reason).toMatchObject({ retriable: true });
      expect(fake.consumer.committed.size).toBe(0);
      // Fetched again, the same batches go through, each output once.
      await fetch();
      expect(fake.sent().map((m) => m.value)).toEqual(['a', 'b', 'c', 'd', 'e'].map((v) => `seen ${v}`));
      expect([...fake.consumer.committed]).toEqual([
        ['in/0', '2'],
        ['in/1', '1'],
        ['in/2', '2'],
      ]);
    });

    it('writes nothing for any of them when the heartbeat before the group flush fails (a zombie)', async () => {
      let processed = 0;
      await start({
        process: (message) => {
          // The group's membership is lost while the last batch is under way.
          if (++processed === 5) fake.consumer.heartbeatError = new KafkaJSError('fenced', { retriable: false });
          return echo(message);
        },
      });
      const settled = await fetch();
      expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(fake.sent()).toEqual([]);
      expect(fake.consumer.committed.size).toBe(0);
    });

    it('lets a long batch flush the earlier ones with its own first flush, not only at its end', async () => {
      await start({ process: echo }, { sliceSize: 1, flushEvery: 2 });
      const settled = await fake.consumer.deliverFetch([
        { topic: 'in', partition: 0, values: ['a'] },
        { topic: 'in', partition: 1, values: ['b', 'c', 'd', 'e'] },
      ]);
      expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(fake.log.slice(0, 4)).toEqual([
        'producer 1 sent 2 to out',
        'commit in/0 1',
        'commit in/1 1',
        'returned in/0',
      ]);
      expect(fake.consumer.committed.get('in/1')).toBe('4');
    });

    it('flushes each on its own when they come one after another (nothing waits for the turn)', async () => {
      await start({ process: echo });
      await fake.consumer.deliver('in', 0, ['a']);
      await fake.consumer.deliver('in', 1, ['b']);
      expect(fake.log).toEqual([
        'producer 1 sent 1 to out',
        'commit in/0 1',
        'producer 1 sent 1 to out',
        'commit in/1 1',
      ]);
    });
  });
});
