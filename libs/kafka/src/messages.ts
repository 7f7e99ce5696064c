import type { Outcome } from '@skytally/contracts';

/** A message as a stage sees it: decoded from kafkajs, with its origin for logs and dead letters. */
export interface InboundMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  timestamp: string;
}

/** A message a stage wants produced once the input that caused it is done. */
export interface OutboundMessage {
  topic: string;
  key: string | Buffer | null;
  value: string | Buffer | null;
  headers?: Record<string, string>;
  /**
   * For compacted topics of absolute values (snapshots): within one batch only
   * the last message per key is sent, since it supersedes the others.
   */
  coalesce?: boolean;
}

/** The partitions of each topic this instance owns after a rebalance. */
export type Assignment = Record<string, number[]>;

export interface RestoreContext {
  assignment: Assignment;
  /** Call during long restores so the group doesn't think we died. */
  heartbeat(): Promise<void>;
}

/**
 * What a stage's handler says about one message: the outputs to produce, or
 * an Outcome — `emit` these outputs, `drop` (nothing goes on; counted under
 * `dropped:<reason>`), or `reject` (the message breaks a contract the handler
 * can predict: dead-lettered at once, counted under `rejected:<reason>`).
 */
export type MessageResult = readonly OutboundMessage[] | Outcome<OutboundMessage> | MessageFailed;

/**
 * In a batch handler's results: this message threw (a bug, a dependency
 * down). The runner retries it on its own, then dead-letters it; the other
 * results of the batch stand.
 */
export interface MessageFailed {
  readonly kind: 'failed';
  readonly error: unknown;
}

export const failed = (error: unknown): MessageFailed => ({ kind: 'failed', error });

/**
 * A batch handler made of a per-message one: each message's result in order,
 * a thrown error kept to that message (`failed`: retried alone, or
 * dead-lettered at once when it is a ContractViolation).
 */
export function eachMessage(
  messages: readonly InboundMessage[],
  handle: (message: InboundMessage) => MessageResult,
): MessageResult[] {
  return messages.map((message) => {
    try {
      return handle(message);
    } catch (error) {
      return failed(error);
    }
  });
}

/**
 * What a stage plugs into the runner: `processBatch` (one call per slice of a
 * fetched batch, one result per message, in order) or `process` (one call per
 * message). Either may throw: the runner then retries each message of the
 * slice on its own a bounded number of times, dead-letters the ones that keep
 * failing and moves on. A stage that gives both is called per batch, and per
 * message only on those retries.
 */
export interface StageProcessor {
  process?(message: InboundMessage): MessageResult | Promise<MessageResult>;
  processBatch?(messages: readonly InboundMessage[]): readonly MessageResult[] | Promise<readonly MessageResult[]>;
  /**
   * Outputs that summarise the messages processed since the last call (e.g.
   * snapshots of the rows they changed), produced with them before the commit.
   * Lets a stage do per-batch work once rather than per message.
   */
  endBatch?(): OutboundMessage[] | Promise<OutboundMessage[]>;
  /**
   * The group is rebalancing: partitions may be gone. State derived from the
   * old assignment must stop being published until restore() runs again.
   */
  onRebalance?(): void | Promise<void>;
  /**
   * Rebuilds state for the partitions just assigned, before their first batch
   * — or, when no message comes, on the next scheduled run right after the
   * assignment (kafkajs never hands over an empty batch).
   */
  restore?(context: RestoreContext): Promise<OutboundMessage[]>;
  /**
   * Scheduled work (Kafka Streams' punctuation): called every
   * `punctuateEveryMs` of wall time, between batches, on the same path as a
   * batch's outputs — produced only while this instance still holds its
   * partitions, in bounded requests, before anything is considered done.
   */
  punctuate?(now: number): OutboundMessage[] | Promise<OutboundMessage[]>;
  /**
   * The outputs last handed over (by endBatch, restore or punctuate) were
   * acknowledged by the brokers. A stage that remembers what it published
   * records it here, never earlier: a failed send must leave it unpublished.
   */
  acknowledged?(): void | Promise<void>;
}

/** kafkajs's IHeaders: each value a string or bytes, or a list of them (a header repeated). */
type HeaderValues = Record<string, string | Buffer | (string | Buffer)[] | undefined>;

export function headersToStrings(headers: HeaderValues | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    const text = (v: string | Buffer) => (typeof v === 'string' ? v : v.toString('utf8'));
    out[name] = Array.isArray(value) ? value.map(text).join(',') : text(value);
  }
  return out;
}
