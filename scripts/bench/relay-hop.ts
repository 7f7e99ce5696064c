/**
 * One hop of the baseline: a no-op relay that does exactly what the stage
 * runner does around a stage's logic, and nothing else. It consumes with
 * `eachBatch` (same consumer settings as libs/kafka's StageRunner), forwards
 * every message unchanged (key, value, headers) to the next topic with the
 * same idempotent producer (acks=all, one request in flight), flushing every
 * 1,000 messages (or FLUSH_AFTER_MS) in requests of at most 512 KiB, and commits only after the
 * outputs are acknowledged.
 *
 * The benchmark runs four of these as four processes — one per pipeline
 * stage — so the baseline pays the same process, connection and
 * serialisation costs the services do; what is left over in the pipeline is
 * the stages' own work (JSON, zod, the cores, Nest).
 *
 * The batches of one fetch are handed over together (the runner's
 * BATCH_CONCURRENCY), take turns, and flush as one group, as the runner's do.
 *
 * Env: KAFKA_BROKERS, RELAY_IN, RELAY_OUT, RELAY_GROUP; the services'
 * SKYTALLY_BATCH_CONCURRENCY applies here too, so one variable sets both sides of
 * an A/B. For runner experiments (runner-experiment.ts) only: RELAY_CONCURRENCY
 * (wins over it), RELAY_COMMIT_INTERVAL_MS (commit on a
 * timer, still only offsets already flushed, instead of after every flush),
 * RELAY_MIN_BYTES and RELAY_MAX_WAIT_MS (the fetch's minBytes/maxWaitTimeInMs
 * instead of the runner's RUNNER_FETCH). Sends {type:"ready"}
 * over IPC once it has joined its group.
 */
import { type EachBatchPayload, Kafka, logLevel, type Message } from 'kafkajs';
import type { SkytallyConfig } from '@skytally/config';
import {
  BATCH_CONCURRENCY,
  FLUSH_AFTER_MS,
  FlushGroup,
  IDEMPOTENT_PRODUCER,
  RUNNER_FETCH,
  Turn,
  kafkaClientOptions,
} from '@skytally/kafka';

const FLUSH_EVERY = 1000;
/**
 * As the runner (since 069bde9): a flush goes out in requests of at most
 * 512 KiB, one after another, since the broker refuses a record batch over
 * its message.max.bytes (1 MiB by default) and 1,000 articles are ~3.6 MB.
 */
const MAX_REQUEST_BYTES = 512 * 1024;

async function main(): Promise<void> {
  const { RELAY_IN, RELAY_OUT, RELAY_GROUP, KAFKA_BROKERS } = process.env;
  if (!RELAY_IN || !RELAY_OUT || !RELAY_GROUP || !KAFKA_BROKERS)
    throw new Error('RELAY_IN, RELAY_OUT, RELAY_GROUP and KAFKA_BROKERS are required');
  const kafka = new Kafka({
    ...kafkaClientOptions(
      { KAFKA_BROKERS, KAFKA_CLIENT_ID: 'skytally-bench' } as SkytallyConfig,
      `relay-${RELAY_GROUP}`,
    ),
    logLevel: logLevel.ERROR,
  });
  const producer = kafka.producer(IDEMPOTENT_PRODUCER);
  // The runner's fetch (RUNNER_FETCH), unless an experiment sets its own.
  const fetchTuning = process.env.RELAY_MIN_BYTES
    ? { minBytes: Number(process.env.RELAY_MIN_BYTES), maxWaitTimeInMs: Number(process.env.RELAY_MAX_WAIT_MS) || 100 }
    : {};
  const consumer = kafka.consumer({
    groupId: RELAY_GROUP,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
    ...RUNNER_FETCH,
    ...fetchTuning,
  });
  let announced = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    if (!announced) process.send?.({ type: 'ready' });
    announced = true;
  });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [RELAY_IN], fromBeginning: true });
  const commitEvery = Number(process.env.RELAY_COMMIT_INTERVAL_MS) || null;
  // As the runner: the batches of a fetch are handed over together, take turns,
  // and one that ends while another waits hands its flush on to it (FlushGroup).
  const turn = new Turn();
  let batchesQueued = 0;
  let handedOn: FlushGroup<Message> | null = null;
  const relayBatch = async (payload: EachBatchPayload): Promise<{ flushed: Promise<void> } | undefined> => {
    const { batch } = payload;
    const heartbeat = () => payload.heartbeat();
    let group = handedOn ?? new FlushGroup<Message>();
    handedOn = null;
    let last: string | null = null;
    let lastFlushAt = performance.now();
    const flush = async () => {
      // As the runner: a heartbeat first, which fences a zombie before it writes (throttled, so free).
      await heartbeat();
      let chunk: Message[] = [];
      let bytes = 0;
      for (const m of group.outputs) {
        const size = (m.key?.length ?? 0) + (m.value?.length ?? 0) + 64;
        if (chunk.length && bytes + size > MAX_REQUEST_BYTES) {
          await producer.sendBatch({ topicMessages: [{ topic: RELAY_OUT, messages: chunk }], acks: -1 });
          chunk = [];
          bytes = 0;
        }
        chunk.push(m);
        bytes += size;
      }
      if (chunk.length) await producer.sendBatch({ topicMessages: [{ topic: RELAY_OUT, messages: chunk }], acks: -1 });
      group.resolveOffsets();
      if (last !== null) payload.resolveOffset(last);
      await payload.commitOffsetsIfNecessary();
      group.release();
      group = new FlushGroup<Message>();
      await heartbeat();
      lastFlushAt = performance.now();
    };
    try {
      for (const m of batch.messages) {
        if (!payload.isRunning() || payload.isStale()) break;
        group.outputs.push({ key: m.key, value: m.value, headers: m.headers });
        last = m.offset;
        // As the runner: also once FLUSH_AFTER_MS have passed (never, for a relay this fast).
        if (group.outputs.length >= FLUSH_EVERY || performance.now() - lastFlushAt >= FLUSH_AFTER_MS) await flush();
      }
      if (batchesQueued > 0) {
        const done = last;
        const flushed = group.handOn(done === null ? null : () => payload.resolveOffset(done));
        handedOn = group;
        return { flushed };
      }
      await flush();
      return undefined;
    } catch (err) {
      group.fail(err);
      throw err;
    }
  };
  await consumer.run({
    partitionsConsumedConcurrently:
      Number(process.env.RELAY_CONCURRENCY) || Number(process.env.SKYTALLY_BATCH_CONCURRENCY) || BATCH_CONCURRENCY,
    autoCommit: true,
    autoCommitInterval: commitEvery,
    autoCommitThreshold: commitEvery ? null : 1,
    eachBatchAutoResolve: false,
    eachBatch: async (payload) => {
      batchesQueued++;
      const handed = await turn.take(() => {
        batchesQueued--;
        return relayBatch(payload);
      });
      if (handed) await handed.flushed;
    },
  });
  const stop = async () => {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
