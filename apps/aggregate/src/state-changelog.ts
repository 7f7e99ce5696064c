/**
 * The aggregate's state changelog (topic aggregateChangelog, compacted,
 * partitioned as the claims): checkpoints of the core (checkpoint.ts in
 * @skytally/aggregation), so a restore reads one checkpoint and the claims
 * after it instead of every claim ever made.
 *
 * An instance that owns claims partitions S writes its checkpoints to
 * changelog partition min(S) (the owner), under keys salted to land there:
 *
 *     ckpt|<owner>|<slot>|<i>   chunk i of a checkpoint, ≤ 256 KiB
 *     ckpt|<owner>|head         { seq, slot, chunks, partitions, offsets, … }
 *
 * Two slots, used in turn, and the head is sent only once every chunk was
 * acknowledged (the next batch or punctuation): a crash while chunks are
 * written leaves the previous head and its slot whole. The head says which
 * claims partitions the state is of and, per partition, the offset after the
 * last claim in it. A restore uses a checkpoint only for the same partitions
 * (else it replays the claims topic, as before), then reads the claims from
 * those offsets.
 *
 * The rule that keeps it exactly-once in effect: a checkpoint is produced
 * (like every output, before the offsets commit) at the end of a batch, so
 * it may be ahead of the committed offsets but never claims a claim it does
 * not hold. After a SIGKILL anywhere, the restore applies the checkpoint,
 * then the claims after its offsets, and the consumer redelivers from the
 * committed offsets: every claim is applied at least once after the
 * checkpoint's, and applying a claim twice changes nothing (claimId).
 */
import type { OutboundMessage } from '@skytally/kafka';
import { partitionForKey } from '@skytally/kafka';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { readPartitionsFrom } from './partition-reader';

export const STATE_LOG = Symbol('STATE_LOG');
/** Claims applied between checkpoints (default CHECKPOINT_EVERY from @skytally/aggregation). */
export const CHECKPOINT_EVERY_CLAIMS = Symbol('CHECKPOINT_EVERY_CLAIMS');

const CHUNK_BYTES = 256 * 1024;
const CHUNK_MAGIC = 0x534b434b; // "SKCK"
const CHUNK_HEADER = 16;

export interface CheckpointHead {
  v: 1;
  seq: number;
  slot: 0 | 1;
  chunks: number;
  bytes: number;
  /** The claims partitions whose claims the state holds, sorted, and their topic's partition count. */
  partitions: number[];
  partitionCount: number;
  /** Claims partition → offset after the last claim the state holds (decimal string). */
  offsets: Record<string, string>;
}

export interface Checkpoint {
  head: CheckpointHead;
  bytes: Buffer;
}

/** Where checkpoints are read from: the changelog topic, or memory in tests. */
export interface StateLog {
  /** Partitions of the changelog topic (the keys are salted for it). */
  partitionCount(): Promise<number>;
  /** The newest head in changelog partition `owner` and, when all its chunks are there, its bytes. */
  latest(owner: number, heartbeat: () => Promise<void>): Promise<{ head: CheckpointHead; bytes: Buffer | null } | null>;
}

const salted = new Map<string, string>();

/** `base` with the smallest suffix `~n` that lands on `partition` (murmur2, as the producers). */
export function keyOn(base: string, partition: number, partitionCount: number): string {
  const cacheKey = `${base}@${partition}/${partitionCount}`;
  const hit = salted.get(cacheKey);
  if (hit) return hit;
  for (let n = 0; n < 1_000_000; n++) {
    const key = `${base}~${n}`;
    if (partitionForKey(key, partitionCount) === partition) {
      salted.set(cacheKey, key);
      return key;
    }
  }
  throw new Error(`no key for partition ${partition} of ${partitionCount}`);
}

export const headKey = (owner: number, count: number): string => keyOn(`ckpt|${owner}|head`, owner, count);
const chunkKey = (owner: number, slot: number, i: number, count: number): string =>
  keyOn(`ckpt|${owner}|${slot}|${i}`, owner, count);

/** The records of one checkpoint: its chunks, and the head to send once they are acknowledged. */
export function checkpointRecords(
  topic: string,
  owner: number,
  changelogPartitions: number,
  head: Omit<CheckpointHead, 'v' | 'chunks' | 'bytes'>,
  bytes: Buffer,
): { chunks: OutboundMessage[]; head: OutboundMessage } {
  const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
  const chunks: OutboundMessage[] = [];
  for (let i = 0; i < count; i++) {
    const body = bytes.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
    const value = Buffer.alloc(CHUNK_HEADER + body.length);
    value.writeUInt32BE(CHUNK_MAGIC, 0);
    value.writeUInt32BE(head.seq, 4);
    value.writeUInt32BE(i, 8);
    value.writeUInt32BE(count, 12);
    body.copy(value, CHUNK_HEADER);
    chunks.push({ topic, key: chunkKey(owner, head.slot, i, changelogPartitions), value });
  }
  const full: CheckpointHead = { v: 1, ...head, chunks: count, bytes: bytes.length };
  return { chunks, head: { topic, key: headKey(owner, changelogPartitions), value: JSON.stringify(full) } };
}

/**
 * Collects a changelog partition's records, in offset order, and gives the
 * newest head with its bytes (null bytes when a chunk is missing or belongs
 * to another checkpoint: the caller replays the claims instead).
 */
export class CheckpointAssembler {
  private head: CheckpointHead | null = null;
  private readonly chunks = new Map<string, Buffer>();

  constructor(
    private readonly owner: number,
    private readonly partitions: number,
  ) {}

  accept(key: string | null, value: Buffer | null): void {
    if (key === null) return;
    if (key === headKey(this.owner, this.partitions)) {
      this.head = value ? parseHead(value) : null;
      return;
    }
    if (value === null) this.chunks.delete(key);
    else this.chunks.set(key, value);
  }

  result(): { head: CheckpointHead; bytes: Buffer | null } | null {
    const head = this.head;
    if (!head) return null;
    const parts: Buffer[] = [];
    for (let i = 0; i < head.chunks; i++) {
      const value = this.chunks.get(chunkKey(this.owner, head.slot, i, this.partitions));
      if (
        !value ||
        value.length < CHUNK_HEADER ||
        value.readUInt32BE(0) !== CHUNK_MAGIC ||
        value.readUInt32BE(4) !== head.seq ||
        value.readUInt32BE(8) !== i
      )
        return { head, bytes: null };
      parts.push(value.subarray(CHUNK_HEADER));
    }
    const bytes = Buffer.concat(parts);
    return { head, bytes: bytes.length === head.bytes ? bytes : null };
  }
}

function parseHead(value: Buffer): CheckpointHead | null {
  try {
    const head = JSON.parse(value.toString('utf8')) as Partial<CheckpointHead>;
    const ok =
      head.v === 1 &&
      Number.isInteger(head.seq) &&
      (head.slot === 0 || head.slot === 1) &&
      Number.isInteger(head.chunks) &&
      Array.isArray(head.partitions) &&
      typeof head.offsets === 'object' &&
      head.offsets !== null;
    return ok ? (head as CheckpointHead) : null;
  } catch {
    return null;
  }
}

/** Whether a checkpoint is of exactly these claims partitions (sorted) of a topic of `partitionCount`. */
export function coversAssignment(head: CheckpointHead, partitions: number[], partitionCount: number): boolean {
  return (
    head.partitionCount === partitionCount &&
    head.partitions.length === partitions.length &&
    head.partitions.every((p, i) => p === partitions[i])
  );
}

/**
 * The changelog on the brokers. Reads partition `owner` from its end
 * backwards in widening windows until the newest head and its chunks are in
 * the window (compaction lags, so the partition may hold many old
 * checkpoints: they are not read).
 */
export class KafkaStateLog implements StateLog {
  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
  ) {}

  async partitionCount(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(this.topic);
      return offsets.length;
    } finally {
      await admin.disconnect();
    }
  }

  async latest(
    owner: number,
    heartbeat: () => Promise<void>,
  ): Promise<{ head: CheckpointHead; bytes: Buffer | null } | null> {
    const admin = this.kafka.admin();
    await admin.connect();
    let ends: Array<{ partition: number; low: string; high: string }>;
    try {
      ends = await admin.fetchTopicOffsets(this.topic);
    } finally {
      await admin.disconnect();
    }
    const end = ends.find((p) => p.partition === owner);
    if (!end || BigInt(end.high) <= BigInt(end.low)) return null;
    const low = BigInt(end.low);
    const high = BigInt(end.high);
    for (let window = 256n; ; window *= 4n) {
      const start = high - window > low ? high - window : low;
      const assembler = new CheckpointAssembler(owner, ends.length);
      await readPartitionsFrom(this.kafka, this.topic, {
        from: new Map([[owner, start]]),
        heartbeat,
        onMessage: (m: KafkaMessage) => assembler.accept(m.key?.toString('utf8') ?? null, m.value),
      });
      const found = assembler.result();
      if ((found && found.bytes) || start === low) return found;
    }
  }
}
