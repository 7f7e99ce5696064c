/**
 * The aggregate's state changelog (topic aggregateChangelog, compacted,
 * partitioned as the claims): checkpoints of the core (checkpoint.ts in
 * @skytally/aggregation), so a restore reads the state and the claims after
 * it instead of every claim ever made.
 *
 * An instance that owns claims partitions S writes its checkpoints to
 * changelog partition min(S) (the owner), under keys salted to land there:
 *
 *     ckpt|<owner>|s|<seq>|<i>  chunk i of checkpoint seq's sealed delta: what
 *                               the core sealed since checkpoint seq − 1
 *                               (sums past the horizon never change, so each is
 *                               written once and never rewritten)
 *     ckpt|<owner>|<slot>|<i>   chunk i of the live part (reports within the
 *                               horizon, watermark, …), rewritten whole each time
 *     ckpt|<owner>|head         { seq, slot, chunks, base, partitions, offsets, … }
 *
 * Chunks are ≤ 256 KiB. The state at head seq is the live part in its slot
 * plus the sealed deltas base…seq added up, where base is the first
 * checkpoint after a restore that replayed the claims topic (which wrote the
 * whole sealed state as its delta). So a checkpoint costs what changed, not
 * the whole state; the partition holds the state once plus, until the broker
 * compacts, older live parts.
 *
 * Two slots for the live part, used in turn, and the head is sent only once
 * every chunk was acknowledged (the next batch or punctuation). The chunks go
 * out a few at a time, with the outputs of successive batches, so that a
 * checkpoint of many megabytes does not hold up one batch's snapshots. A crash while
 * chunks are written leaves the previous head, its slot and its deltas whole
 * (the new sealed chunks have a seq past the head's and are not read; the
 * next checkpoint reuses that seq and overwrites them). Sealed chunks no head
 * refers to any more (before base, or past the head) are deleted (tombstones)
 * with the next checkpoint. The head says which claims partitions the state is
 * of and, per partition, the offset after the last claim in it. A restore
 * uses a checkpoint only for the same partitions (else it replays the claims
 * topic, as before), then reads the claims from those offsets.
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
import { partitionForKey, readPartitionsFrom } from '@skytally/kafka';
import type { Kafka, KafkaMessage } from 'kafkajs';

export const STATE_LOG = Symbol('STATE_LOG');
/** Claims applied between checkpoints (SKYTALLY_AGGREGATE_CHECKPOINT_EVERY). */
export const CHECKPOINT_EVERY_CLAIMS = Symbol('CHECKPOINT_EVERY_CLAIMS');

const CHUNK_BYTES = 256 * 1024;

/** How much of a checkpoint the store hands out with one batch's outputs, and how it is cut into chunks. */
export interface CheckpointWriting {
  chunkBytes: number;
  bytesPerPublish: number;
}

/**
 * One 256 KiB chunk with each batch. Sent whole, a checkpoint (13.8 MB for a
 * live part of 40k reports, state bench) held up the batch it came with, and
 * every batch queued behind it, for as long as its upload took: the stage
 * commits only after its outputs are acknowledged. 1 MiB a batch (four
 * chunks, until 2026-12-03) still made the aggregate's slowest batches: with
 * one chunk its batch p99 fell from 124 to 70 ms at 50 % of the pipeline's
 * speed and from 196 to 109 ms at 80 % (BENCHMARKS.md, session 13).
 */
export const CHECKPOINT_WRITING: CheckpointWriting = { chunkBytes: CHUNK_BYTES, bytesPerPublish: CHUNK_BYTES };
export const CHECKPOINT_WRITING_OPTIONS = Symbol('CHECKPOINT_WRITING_OPTIONS');
const CHUNK_MAGIC = 0x534b434b; // "SKCK"
const CHUNK_HEADER = 16;

export interface CheckpointHead {
  v: 2;
  seq: number;
  slot: 0 | 1;
  /** Chunks and bytes of the live part. */
  chunks: number;
  bytes: number;
  /** The first checkpoint whose sealed delta the state adds up (a full one). */
  base: number;
  /** The claims partitions whose claims the state holds, sorted, and their topic's partition count. */
  partitions: number[];
  partitionCount: number;
  /** Claims partition → offset after the last claim the state holds (decimal string). */
  offsets: Record<string, string>;
}

/** What a changelog partition holds of its owner's newest checkpoint. */
export interface FoundCheckpoint {
  head: CheckpointHead;
  /** The live part; null when a chunk is missing or of another checkpoint. */
  live: Buffer | null;
  /** The sealed deltas base…seq, in order; null when one is incomplete. */
  sealed: Buffer[] | null;
  /** Keys of sealed chunks the head does not refer to (to delete). */
  stale: string[];
  /** Keys of the sealed chunks it does refer to (to delete should the chain be dropped). */
  sealedKeys: string[];
  /** Bytes read from the partition. */
  readBytes: number;
}

/** Where checkpoints are read from: the changelog topic, or memory in tests. */
export interface StateLog {
  /** Partitions of the changelog topic (the keys are salted for it). */
  partitionCount(): Promise<number>;
  /**
   * The newest head in changelog partition `owner` and its parts, or, with
   * no head, null and the keys of any sealed chunks there (`stale`).
   */
  latest(owner: number, heartbeat: () => Promise<void>): Promise<FoundCheckpoint | { head: null; stale: string[] }>;
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
      // Heads and live chunks are few and reused; sealed chunks are written once, not cached.
      if (!base.includes('|s|')) salted.set(cacheKey, key);
      return key;
    }
  }
  throw new Error(`no key for partition ${partition} of ${partitionCount}`);
}

export const headKey = (owner: number, count: number): string => keyOn(`ckpt|${owner}|head`, owner, count);
const chunkKey = (owner: number, slot: number, i: number, count: number): string =>
  keyOn(`ckpt|${owner}|${slot}|${i}`, owner, count);
const sealedKey = (owner: number, seq: number, i: number, count: number): string =>
  keyOn(`ckpt|${owner}|s|${seq}|${i}`, owner, count);

/** Bytes read in order, a part at a time: a checkpoint part as EncodedState hands it out, or a buffer. */
export interface PartBytes {
  readonly length: number;
  /** Fills target[start, end) with the next bytes; returns how many (fewer only at the end). */
  read(target: Buffer, start: number, end: number): number;
}

/** A buffer as PartBytes. */
export function bufferBytes(bytes: Buffer): PartBytes {
  let at = 0;
  return {
    length: bytes.length,
    read(target, start, end) {
      const n = bytes.copy(target, start, at, Math.min(bytes.length, at + end - start));
      at += n;
      return n;
    },
  };
}

interface Part {
  bytes: PartBytes;
  count: number;
  key: (i: number) => string;
}

/**
 * A checkpoint's records in the order they are written — tombstones for
 * stale keys, then its sealed delta's chunks, then its live part's — each
 * chunk cut when it is taken: so only the chunks handed out and not yet
 * acknowledged are held, not the whole checkpoint (88 MB for a live part of
 * 200,000 reports) for as long as it takes to write.
 */
export class CheckpointChunks {
  private next = 0;
  private readonly total: number;

  constructor(
    private readonly topic: string,
    private readonly seq: number,
    private readonly tombstones: string[],
    private readonly parts: Part[],
    private readonly chunkBytes: number,
  ) {
    this.total = tombstones.length + parts.reduce((n, p) => n + p.count, 0);
  }

  /** Records not yet taken. */
  get left(): number {
    return this.total - this.next;
  }

  /** The size of the next record's value (0: a tombstone). */
  nextSize(): number {
    const [part, i] = this.locate(this.next);
    return part ? CHUNK_HEADER + this.bodyLength(part, i) : 0;
  }

  /** The next record. */
  take(): OutboundMessage {
    if (!this.left) throw new Error('no checkpoint record left');
    const [part, i] = this.locate(this.next);
    this.next++;
    if (!part) return { topic: this.topic, key: this.tombstones[i]!, value: null };
    const length = this.bodyLength(part, i);
    const value = Buffer.allocUnsafe(CHUNK_HEADER + length);
    value.writeUInt32BE(CHUNK_MAGIC, 0);
    value.writeUInt32BE(this.seq, 4);
    value.writeUInt32BE(i, 8);
    value.writeUInt32BE(part.count, 12);
    if (part.bytes.read(value, CHUNK_HEADER, value.length) !== length) throw new Error('checkpoint part ended early');
    return { topic: this.topic, key: part.key(i), value };
  }

  /** Record k: a tombstone (no part) or chunk i of a part. */
  private locate(k: number): [Part | null, number] {
    if (k < this.tombstones.length) return [null, k];
    let i = k - this.tombstones.length;
    for (const part of this.parts) {
      if (i < part.count) return [part, i];
      i -= part.count;
    }
    throw new Error('no checkpoint record left');
  }

  private bodyLength(part: Part, i: number): number {
    return Math.min(this.chunkBytes, part.bytes.length - i * this.chunkBytes);
  }
}

/** A part's chunks: ≤ chunkBytes each, one at least (an empty part is one empty chunk). */
function part(bytes: PartBytes, key: (i: number) => string, chunkBytes: number): Part {
  return { bytes, count: Math.max(1, Math.ceil(bytes.length / chunkBytes)), key };
}

/**
 * The records of one checkpoint: tombstones for `stale` keys, its sealed
 * delta's chunks and its live part's (CheckpointChunks, cut as they are
 * taken), and the head to send once they are acknowledged. `chunkBytes`:
 * smaller in tests, so that a small state spans many chunks.
 */
export function checkpointRecords(
  topic: string,
  owner: number,
  changelogPartitions: number,
  head: Omit<CheckpointHead, 'v' | 'chunks' | 'bytes'>,
  live: PartBytes,
  sealed: PartBytes,
  stale: string[] = [],
  chunkBytes = CHUNK_BYTES,
): { chunks: CheckpointChunks; head: OutboundMessage } {
  // Tombstones first: a stale key the sealed chunks reuse ends with the new value.
  const sealedPart = part(sealed, (i) => sealedKey(owner, head.seq, i, changelogPartitions), chunkBytes);
  const livePart = part(live, (i) => chunkKey(owner, head.slot, i, changelogPartitions), chunkBytes);
  const full: CheckpointHead = { v: 2, ...head, chunks: livePart.count, bytes: live.length };
  return {
    chunks: new CheckpointChunks(topic, head.seq, stale, [sealedPart, livePart], chunkBytes),
    head: { topic, key: headKey(owner, changelogPartitions), value: JSON.stringify(full) },
  };
}

/** `ckpt|<owner>|s|<seq>|<i>~n` → [seq, i]; else null. */
function parseSealedKey(key: string, owner: number): [number, number] | null {
  const base = key.slice(0, key.lastIndexOf('~'));
  const parts = base.split('|');
  if (parts.length !== 5 || parts[0] !== 'ckpt' || parts[1] !== String(owner) || parts[2] !== 's') return null;
  const seq = Number(parts[3]);
  const i = Number(parts[4]);
  return Number.isInteger(seq) && Number.isInteger(i) ? [seq, i] : null;
}

function chunkOk(value: Buffer | undefined, seq: number, i: number): value is Buffer {
  return (
    value !== undefined &&
    value.length >= CHUNK_HEADER &&
    value.readUInt32BE(0) === CHUNK_MAGIC &&
    value.readUInt32BE(4) === seq &&
    value.readUInt32BE(8) === i
  );
}

/**
 * Collects a changelog partition's records, in offset order (the latest
 * value per key wins, as compaction keeps it), and gives the newest head
 * with its parts.
 */
export class CheckpointAssembler {
  private head: CheckpointHead | null = null;
  private readonly chunks = new Map<string, Buffer>();
  /** seq → chunk index → key, of the sealed chunks present. */
  private readonly sealedKeys = new Map<number, Map<number, string>>();
  private bytes = 0;

  constructor(
    private readonly owner: number,
    private readonly partitions: number,
  ) {}

  accept(key: string | null, value: Buffer | null): void {
    if (key === null) return;
    this.bytes += key.length + (value?.length ?? 0);
    if (key === headKey(this.owner, this.partitions)) {
      this.head = value ? parseHead(value) : null;
      return;
    }
    const sealed = parseSealedKey(key, this.owner);
    if (sealed) {
      const [seq, i] = sealed;
      let byIndex = this.sealedKeys.get(seq);
      if (!byIndex) this.sealedKeys.set(seq, (byIndex = new Map<number, string>()));
      if (value === null) byIndex.delete(i);
      else byIndex.set(i, key);
    }
    if (value === null) this.chunks.delete(key);
    else this.chunks.set(key, value);
  }

  result(): FoundCheckpoint | { head: null; stale: string[] } {
    const head = this.head;
    const stale = (keep: (seq: number) => boolean) =>
      [...this.sealedKeys].flatMap(([seq, byIndex]) => (keep(seq) ? [] : [...byIndex.values()]));
    if (!head) return { head: null, stale: stale(() => false) };
    const found: FoundCheckpoint = {
      head,
      live: this.assemble(head.seq, head.chunks, (i) => chunkKey(this.owner, head.slot, i, this.partitions)),
      sealed: [],
      stale: stale((seq) => seq >= head.base && seq <= head.seq),
      sealedKeys: stale((seq) => seq < head.base || seq > head.seq),
      readBytes: this.bytes,
    };
    if (found.live && found.live.length !== head.bytes) found.live = null;
    const sealed: Buffer[] = [];
    for (let seq = head.base; seq <= head.seq; seq++) {
      const first = this.chunks.get(this.sealedKeys.get(seq)?.get(0) ?? '');
      const count = chunkOk(first, seq, 0) ? first.readUInt32BE(12) : 0;
      const bytes = count ? this.assemble(seq, count, (i) => this.sealedKeys.get(seq)?.get(i) ?? '') : null;
      if (!bytes) return { ...found, sealed: null };
      sealed.push(bytes);
    }
    found.sealed = sealed;
    return found;
  }

  /** Chunks 0…count−1 of checkpoint `seq`, joined; null when one is missing or of another checkpoint. */
  private assemble(seq: number, count: number, key: (i: number) => string): Buffer | null {
    const parts: Buffer[] = [];
    for (let i = 0; i < count; i++) {
      const value = this.chunks.get(key(i));
      if (!chunkOk(value, seq, i) || value.readUInt32BE(12) !== count) return null;
      parts.push(value.subarray(CHUNK_HEADER));
    }
    return Buffer.concat(parts);
  }
}

function parseHead(value: Buffer): CheckpointHead | null {
  try {
    const head = JSON.parse(value.toString('utf8')) as Partial<CheckpointHead>;
    const ok =
      head.v === 2 &&
      Number.isInteger(head.seq) &&
      Number.isInteger(head.base) &&
      (head.base ?? Infinity) <= (head.seq ?? -1) &&
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
 * The changelog on the brokers. Reads partition `owner` whole, from its low
 * mark: the sealed deltas of the chain can lie anywhere in it (compaction
 * keeps them, and drops the older live parts and heads).
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
  ): Promise<FoundCheckpoint | { head: null; stale: string[] }> {
    const partitions = await this.partitionCount();
    const assembler = new CheckpointAssembler(owner, partitions);
    await readPartitionsFrom(this.kafka, this.topic, {
      from: new Map([[owner, 0n]]),
      heartbeat,
      onMessage: (m: KafkaMessage) => assembler.accept(m.key?.toString('utf8') ?? null, m.value),
    });
    return assembler.result();
  }
}
