/**
 * Aggregate's state: an AggregateCore over the claims of the partitions this
 * instance owns, and which rows those are.
 *
 * Ownership is by partition assignment, not by the keys that happened to
 * arrive: a row is ours when its key hashes to a partition we were assigned
 * (claims are keyed by row, see @skytally/aggregation routing). A
 * multi-region claim changes every row it names, and each of those rows is
 * published by whichever instance owns it — on the first copy that reaches
 * it, whatever the batch boundaries.
 *
 * On every assignment the core is rebuilt from the newest checkpoint of the
 * owned partitions in the state changelog (state-changelog.ts: the live part
 * and the sealed deltas of its chain) and the claims after the offsets it
 * covers — or, when there is none for exactly these partitions, from every
 * claim of them — then every owned row is republished. A checkpoint is
 * written right after a restore that replayed claims and then every
 * `checkpointEvery` claims (SKYTALLY_AGGREGATE_CHECKPOINT_EVERY), or every
 * half live part when that is more (checkpointSpacing), on the same produce
 * path, a portion with each batch's outputs (CHECKPOINT_WRITING).
 * Changes count as published only once the brokers acknowledged them
 * (prepare → send → acknowledged → confirm), so a failed send is redone.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import { type ClaimRecord, type TopicNames, decodePayload } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import {
  AggregateCore,
  type AggregateOptions,
  type ApplyOutcome,
  type Changes,
  CheckpointFormatError,
  EncodedState,
  checkpointSpacing,
  decodeLiveState,
  decodeSealedState,
  splitCheckpoint,
} from '@skytally/aggregation';
import { type OutboundMessage, partitionForKey } from '@skytally/kafka';
import { CONFIG, LOGGER, TOPIC_NAMES } from '@skytally/kafka-nest';
import type { Logger } from '@skytally/logger';
import { rowName } from '@skytally/stage-options';
import { CLAIM_LOG, type ClaimLog } from './claim-log';
import {
  CHECKPOINT_EVERY_CLAIMS,
  CHECKPOINT_WRITING,
  CHECKPOINT_WRITING_OPTIONS,
  type CheckpointChunks,
  type CheckpointHead,
  type CheckpointWriting,
  STATE_LOG,
  type StateLog,
  checkpointRecords,
  coversAssignment,
} from './state-changelog';

/** The wall clock, injectable so tests can drive time. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => number;

@Injectable()
export class AggregateStore {
  private core: AggregateCore;
  private owned = new Set<number>();
  private partitionCount = 0;
  /** Claims partition → offset after the last claim the core holds. */
  private offsets = new Map<number, bigint>();
  private changelogPartitions = 0;
  private claimsSinceCheckpoint = 0;
  private checkpointDue = false;
  private checkpointSeq = 0;
  /** The chain's first checkpoint (state-changelog.ts); null: the next checkpoint starts a chain. */
  private chainBase: number | null = null;
  /** Changelog keys no head refers to, deleted with the next checkpoint. */
  private stale: string[] = [];
  /**
   * The checkpoint being written: its chunks, cut a portion at a time as
   * they are handed out with successive outputs (a portion not acknowledged
   * is handed out again), then its head, once every chunk was.
   */
  private writing: Writing | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: SkytallyConfig,
    @Inject(CLAIM_LOG) private readonly log: ClaimLog,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly now: Clock,
    @Inject(STATE_LOG) private readonly stateLog: StateLog,
    @Inject(CHECKPOINT_EVERY_CLAIMS) private readonly checkpointEvery: number,
    @Optional()
    @Inject(CHECKPOINT_WRITING_OPTIONS)
    private readonly checkpointWriting: CheckpointWriting = CHECKPOINT_WRITING,
  ) {
    this.core = this.newCore();
  }

  /** After a rebalance: no row is ours until restore() says which, and no checkpoint is pending. */
  forgetOwnership(): void {
    this.owned = new Set();
    this.writing = null;
  }

  /**
   * Rebuilds the core for the owned partitions — the newest checkpoint of
   * exactly these partitions, then the claims after it; else every claim of
   * them — and returns every owned row and daily bucket (and a checkpoint's
   * chunks when claims were replayed).
   */
  async restore(partitions: number[], heartbeat: () => Promise<void>): Promise<OutboundMessage[]> {
    const started = Date.now();
    const owned = [...partitions].sort((a, b) => a - b);
    const partitionCount = await this.log.partitionCount();
    this.forgetOwnership();
    this.changelogPartitions = owned.length ? await this.stateLog.partitionCount() : 0;
    const checkpoint = await this.latestCheckpoint(owned, partitionCount, heartbeat);
    const core = checkpoint?.core ?? this.newCore();
    const from = new Map(owned.map((p) => [p, checkpoint?.offsets.get(p) ?? 0n]));
    this.offsets = new Map(from);
    let rejected = 0;
    core.expectInputs(owned);
    const read = await this.log.read(
      from,
      (_key, value, partition, offset) => {
        this.advance(partition, offset);
        try {
          if (core.applyUntracked(decodePayload('claims', value), partition).rejected) rejected++;
        } catch {
          // The live path dead-letters such a message; the replay skips it.
          rejected++;
        }
      },
      heartbeat,
    );
    core.dropIdleInputs();
    this.core = core;
    this.owned = new Set(owned);
    this.partitionCount = partitionCount;
    this.claimsSinceCheckpoint = 0;
    this.checkpointDue = owned.length > 0 && (!checkpoint || read > 0);
    const out = [...this.messages(core.prepare()), ...this.checkpointOutputs()];
    this.logger.info(
      {
        partitions: owned,
        partitionCount,
        from: checkpoint ? `checkpoint ${checkpoint.seq}` : 'claims topic',
        claimsRead: read,
        skipped: rejected,
        published: out.length,
        ms: Date.now() - started,
        ...core.stats(),
      },
      checkpoint
        ? 'aggregate state restored from its changelog and the claims after it'
        : 'aggregate state restored from the claims topic',
    );
    return out;
  }

  /**
   * `partition`, `offset`: where the claim came from (the horizon follows the
   * slowest partition; a checkpoint says up to where it holds the claims).
   */
  apply(claim: ClaimRecord, partition: number, offset?: string): ApplyOutcome {
    if (offset !== undefined) this.advance(partition, offset);
    this.claimsSinceCheckpoint++;
    // What changed is published from prepare(): the per-claim changedKeys/changedDays are not needed here.
    return this.core.applyUntracked(claim, partition);
  }

  /** Owned snapshots and daily buckets whose values changed since the last acknowledged publish; a checkpoint when due. */
  changes(): OutboundMessage[] {
    return [...this.messages(this.core.prepare()), ...this.checkpointOutputs()];
  }

  /** The same for the wall-clock advance on a quiet stream (rows only: daily buckets do not move with the clock). */
  tick(): OutboundMessage[] {
    return [...this.messages(this.core.prepare({ days: false })), ...this.checkpointOutputs()];
  }

  /** What the last changes()/tick()/restore() returned was acknowledged by the brokers. */
  acknowledged(): void {
    this.core.confirm();
    const writing = this.writing;
    if (!writing) return;
    // Chunks written: the next portion (or the head) goes out next. The head written: that checkpoint is the one a restore finds.
    if (writing.portion.length) {
      if (writing.handedOut) writing.portion = [];
    } else if (writing.handedOut) this.writing = null;
    writing.handedOut = 0;
  }

  private advance(partition: number, offset: string): void {
    const next = BigInt(offset) + 1n;
    if (next > (this.offsets.get(partition) ?? 0n)) this.offsets.set(partition, next);
  }

  /**
   * The checkpoint records to send with this batch's outputs: the next
   * portion of the one being written (or its head, once every chunk was
   * acknowledged); else, when one is due, the first portion of a new one.
   */
  private checkpointOutputs(): OutboundMessage[] {
    if (!this.writing) this.writing = this.takeCheckpoint();
    return this.writing ? this.nextPortion(this.writing) : [];
  }

  /**
   * The portion not yet acknowledged, else the next chunks, up to
   * checkpointWriting.bytesPerPublish (one at least); the head when none is left.
   */
  private nextPortion(writing: Writing): OutboundMessage[] {
    const { chunks, portion } = writing;
    if (!portion.length) {
      let bytes = 0;
      while (chunks.left > 0) {
        const size = chunks.nextSize();
        if (portion.length > 0 && bytes + size > this.checkpointWriting.bytesPerPublish) break;
        bytes += size;
        portion.push(chunks.take());
      }
    }
    if (!portion.length) {
      writing.handedOut = 1;
      return [writing.head];
    }
    writing.handedOut = portion.length;
    return [...portion];
  }

  /** A new checkpoint's records, when one is due. */
  private takeCheckpoint(): Writing | null {
    const owner = Math.min(...this.owned);
    const due =
      this.checkpointDue ||
      this.claimsSinceCheckpoint >= checkpointSpacing(this.checkpointEvery, this.core.liveReports());
    if (!due || !Number.isFinite(owner) || this.changelogPartitions < 1) return null;
    const started = Date.now();
    const { live, sealed } = splitCheckpoint(this.core.checkpoint());
    // Encoded as the chunks are taken (EncodedState): the whole encoding is never held at once.
    const liveBytes = new EncodedState(live);
    const sealedBytes = new EncodedState(sealed);
    const seq = this.checkpointSeq++;
    const base = this.chainBase ?? seq;
    const { chunks, head } = checkpointRecords(
      this.topics.aggregateChangelog,
      owner,
      this.changelogPartitions,
      {
        seq,
        slot: seq % 2 === 0 ? 0 : 1,
        base,
        partitions: [...this.owned].sort((a, b) => a - b),
        partitionCount: this.partitionCount,
        offsets: Object.fromEntries([...this.offsets].map(([p, o]) => [String(p), o.toString()])),
      },
      liveBytes,
      sealedBytes,
      this.stale,
      this.checkpointWriting.chunkBytes,
    );
    this.chainBase = base;
    this.stale = [];
    this.checkpointDue = false;
    this.claimsSinceCheckpoint = 0;
    this.logger.info(
      {
        seq,
        base,
        liveBytes: liveBytes.length,
        sealedBytes: sealedBytes.length,
        chunks: chunks.left,
        ms: Date.now() - started,
      },
      'aggregate checkpoint',
    );
    return { chunks, portion: [], head, handedOut: 0 };
  }

  /**
   * The newest usable checkpoint of exactly `owned`, or null (none, another
   * assignment's, incomplete, unreadable). Sets where the next checkpoint's
   * seq and chain start, and which changelog keys it deletes.
   */
  private async latestCheckpoint(
    owned: number[],
    partitionCount: number,
    heartbeat: () => Promise<void>,
  ): Promise<{ core: AggregateCore; offsets: Map<number, bigint>; seq: number } | null> {
    const owner = owned[0];
    this.chainBase = null;
    this.stale = [];
    if (owner === undefined || this.changelogPartitions < 1) return null;
    const found = await this.stateLog.latest(owner, heartbeat);
    if (found.head === null) {
      this.stale = found.stale;
      return null;
    }
    const { head } = found;
    // Continue the numbering, so this instance's first checkpoint does not take the slot of the newest one.
    this.checkpointSeq = head.seq + 1;
    const unusable = (why: string) => {
      // A new chain starts: every sealed chunk there is stale (the first checkpoint holds the whole state).
      this.stale = [...found.stale, ...found.sealedKeys];
      this.logger.info(
        { owner, seq: head.seq, partitions: head.partitions, why },
        'aggregate checkpoint not usable for this assignment; replaying the claims',
      );
      return null;
    };
    if (!coversAssignment(head, owned, partitionCount)) return unusable('other partitions');
    if (!found.live || !found.sealed) return unusable('incomplete');
    try {
      const sealed = found.sealed.map((bytes) => decodeSealedState(bytes));
      const core = AggregateCore.restore(decodeLiveState(found.live), this.coreOptions(), sealed);
      this.chainBase = head.base;
      this.stale = found.stale;
      return { core, offsets: offsetsOf(head), seq: head.seq };
    } catch (err) {
      if (!(err instanceof CheckpointFormatError)) throw err;
      this.logger.warn({ owner, seq: head.seq, err: err.message }, 'aggregate checkpoint unreadable');
      return unusable('unreadable');
    }
  }

  /** Whether this instance publishes `rowKey`: the key's partition is assigned to it. */
  owns(rowKey: string): boolean {
    return this.partitionCount > 0 && this.owned.has(partitionForKey(rowKey, this.partitionCount));
  }

  /** The core's payloads are its snapshots and buckets as the contract encodes them (payloads.spec.ts). */
  private messages({ keys, days }: Changes): OutboundMessage[] {
    const rows = this.core.snapshotPayloads(keys.filter((k) => this.owns(k)));
    const buckets = this.core.dailyBucketPayloads(days.filter((k) => this.owns(k.slice(0, k.indexOf('|')))));
    return [
      ...rows.map(({ key, value }) => ({ topic: this.topics.rolling, key, value, coalesce: true })),
      ...buckets.map(({ key, value }) => ({ topic: this.topics.daily, key, value, coalesce: true })),
    ];
  }

  private newCore(): AggregateCore {
    return new AggregateCore(this.coreOptions());
  }

  private coreOptions(): AggregateOptions {
    return {
      allowedLatenessMs: this.config.SKYTALLY_ALLOWED_LATENESS_MS,
      idleMs: this.config.SKYTALLY_IDLE_MS,
      maxFutureMs: this.config.SKYTALLY_MAX_FUTURE_MS,
      horizonDays: this.config.SKYTALLY_AGGREGATE_HORIZON_DAYS,
      nameOf: rowName,
      now: this.now,
    };
  }
}

/** A checkpoint being written: what is left of its chunks, the portion handed out and not yet acknowledged, its head. */
interface Writing {
  chunks: CheckpointChunks;
  portion: OutboundMessage[];
  head: OutboundMessage;
  handedOut: number;
}

function offsetsOf(head: CheckpointHead): Map<number, bigint> {
  return new Map(Object.entries(head.offsets).map(([p, o]) => [Number(p), BigInt(o)]));
}
